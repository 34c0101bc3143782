// string.Template: $-substitution as CPython's string.py does it, through this interpreter's
// own re module (so a subclass's delimiter, idpattern, braceidpattern, flags or pattern mean
// what they mean there). CPython compiles a subclass's pattern in __init_subclass__; here a
// class's pattern is compiled the first time one of its templates is used, and stored on the
// class as CPython stores it.

import { bindArgs } from '../../runtime/args';
import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { binary } from '../../runtime/arith';
import { callValue } from '../../runtime/call';
import { errorClass, catchable, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import { iterate, itemsOf, strLength } from '../../runtime/iteration';
import type { PyClass, PyInstance } from '../../runtime/objects';
import { str } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { getItem, getSlice, setItem } from '../../runtime/subscript';
import { truthy } from '../../runtime/truth';
import { Builtin, PyDict, type Kwargs, type PyValue } from '../../runtime/values';
import type { StdContext } from './context';
import { nativeClass } from './nativeClass';

const KEY_ERROR = EXCEPTION_CLASSES.get('KeyError')!;
const IDPATTERN = '(?a:[_a-z][_a-z0-9]*)';

/** CPython's pattern text for a delimiter and identifier patterns (compiled with re.VERBOSE). */
function patternText(delim: string, id: string, bid: string): string {
  return `
            ${delim}(?:
              (?P<escaped>${delim})  |   # Escape sequence of two delimiters
              (?P<named>${id})       |   # delimiter and a Python identifier
              {(?P<braced>${bid})} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            `;
}

export function templateClass(s: StdContext): PyClass {
  const re = s.standard('re').ns;
  const reFn = (name: string) => re.lookup(name)!;
  const compile = (text: PyValue, flags: PyValue): PyValue =>
    callValue(reFn('compile'), [text, binary('|', flags, reFn('VERBOSE'))], null);
  const compiled = new WeakSet<PyClass>();

  /** What __init_subclass__ would have made cls.pattern. */
  const patternOf = (self: PyInstance): PyValue => {
    const cls = self.cls;
    if (!compiled.has(cls)) {
      const own = cls.dict.get('pattern');
      let text: PyValue;
      if (own !== undefined) text = own;
      else {
        const delim = callValue(reFn('escape'), [getAttr(cls, 'delimiter')], null);
        const id = getAttr(cls, 'idpattern');
        const braced = getAttr(cls, 'braceidpattern');
        text = patternText(str(delim), str(id), str(truthy(braced) ? braced : id));
      }
      setAttr(cls, 'pattern', compile(text, getAttr(cls, 'flags')));
      compiled.add(cls);
    }
    return getAttr(self, 'pattern');
  };
  const group = (mo: PyValue, name: string) => callMethod(mo, 'group', [name], null);
  const unrecognized = (self: PyInstance) => {
    const err = fail('ValueError', 'Unrecognized named group in pattern');
    err.args = ['Unrecognized named group in pattern', patternOf(self)];
    return err;
  };
  const named = (mo: PyValue): PyValue => {
    const n = group(mo, 'named');
    return truthy(n) ? n : group(mo, 'braced');
  };

  /** substitute's (mapping=…, /, **kws): a lookup in kws first, then in the mapping. */
  const lookupIn = (name: string, args: PyValue[], kw: Kwargs): ((key: PyValue) => PyValue) => {
    if (args.length > 1) {
      throw typeError(
        `Template.${name}() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
      );
    }
    const kws = new PyDict();
    for (const [k, v] of kw ?? []) setItem(kws, k, v);
    if (args.length === 0) return (key) => getItem(kws, key);
    const mapping = args[0];
    return (key) => (kw?.has(str(key)) === true ? getItem(kws, key) : getItem(mapping, key));
  };

  const substitute = (self: PyInstance, safe: boolean, lookup: (key: PyValue) => PyValue) => {
    const template = getAttr(self, 'template');
    const convert = new Builtin('convert', (args) => {
      const mo = args[0];
      const name = named(mo);
      if (name !== null) {
        if (!safe) return str(lookup(name));
        try {
          return str(lookup(name));
        } catch (e) {
          const err = catchable(e);
          if (err === null || !errorClass(err).isSubclassOf(KEY_ERROR)) throw e;
          return callMethod(mo, 'group', [], null);
        }
      }
      if (group(mo, 'escaped') !== null) return getAttr(self, 'delimiter');
      if (group(mo, 'invalid') !== null) {
        if (safe) return callMethod(mo, 'group', [], null);
        invalid(template, callMethod(mo, 'start', ['invalid'], null));
      }
      throw unrecognized(self);
    });
    return callMethod(patternOf(self), 'sub', [convert, template], null);
  };

  const matches = (self: PyInstance): PyValue[] => {
    const it = iterate(callMethod(patternOf(self), 'finditer', [getAttr(self, 'template')], null));
    const out: PyValue[] = [];
    for (let mo = it.next(); mo !== undefined; mo = it.next()) out.push(mo);
    return out;
  };

  const cls = nativeClass({
    name: 'Template',
    module: 'string',
    init: (self, args, kw) => {
      const [template] = bindArgs('Template.__init__', ['template'], 0, args, kw);
      if (template === undefined) {
        throw typeError("Template.__init__() missing 1 required positional argument: 'template'");
      }
      setAttr(self, 'template', template);
    },
    methods: [
      ['substitute', (self, args, kw) => substitute(self, false, lookupIn('substitute', args, kw))],
      [
        'safe_substitute',
        (self, args, kw) => substitute(self, true, lookupIn('safe_substitute', args, kw)),
      ],
      [
        'is_valid',
        (self) => {
          for (const mo of matches(self)) {
            if (group(mo, 'invalid') !== null) return false;
            if (
              [group(mo, 'named'), group(mo, 'braced'), group(mo, 'escaped')].every(
                (g) => g === null,
              )
            ) {
              throw unrecognized(self);
            }
          }
          return true;
        },
      ],
      [
        'get_identifiers',
        (self) => {
          const ids: PyValue[] = [];
          for (const mo of matches(self)) {
            const name = named(mo);
            if (name !== null) {
              if (!ids.some((x) => x === name)) ids.push(name);
            } else if (group(mo, 'invalid') === null && group(mo, 'escaped') === null) {
              throw unrecognized(self);
            }
          }
          return ids;
        },
      ],
    ],
  });
  cls.dict.set('delimiter', '$');
  cls.dict.set('idpattern', IDPATTERN);
  cls.dict.set('braceidpattern', null);
  cls.dict.set('flags', reFn('IGNORECASE'));
  // Template's own pattern, as string.py compiles it when it is imported.
  cls.dict.set('pattern', compile(patternText('\\$', IDPATTERN, IDPATTERN), reFn('IGNORECASE')));
  compiled.add(cls);
  return cls;
}

/** CPython's _invalid: the line and column of a delimiter that starts no placeholder. */
function invalid(template: PyValue, start: PyValue): never {
  const i = Number(start);
  const before = getSlice(template, 0n, BigInt(i), null);
  const lines = itemsOf(callMethod(before, 'splitlines', [true], null)).map(str);
  const lineno = lines.length === 0 ? 1 : lines.length;
  const colno = lines.length === 0 ? 1 : i - strLength(lines.slice(0, -1).join(''));
  throw fail('ValueError', `Invalid placeholder in string: line ${lineno}, col ${colno}`);
}
