// string.Formatter: str.format as CPython's string.py writes it in Python, each step a method a
// subclass may override (parse, get_field, get_value, check_unused_args, convert_field,
// format_field, even _vformat and vformat). Every step is called through the instance, so an
// override is used, and the steps run in string.py's order: a field's lookup error surfaces
// before an earlier field's non-str result fails the final ''.join.

import { bindMethodArgs } from '../../runtime/args';
import { callMethod, getAttr } from '../../runtime/attributes';
import { payloadOf } from '../../runtime/builtinSubclass';
import { convert, formatValue } from '../../runtime/formatValue';
import { isIterable, itemsOf, iterate } from '../../runtime/iteration';
import { binary } from '../../runtime/arith';
import type { PyClass, PyInstance } from '../../runtime/objects';
import { str, typeName } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { getItem, setItem } from '../../runtime/subscript';
import { truthy } from '../../runtime/truth';
import { PyDict, PySet, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { fieldNameSplit, formatterParser } from './stringFormatterParse';
import { nativeClass } from './nativeClass';
import { argTypeName } from '../../runtime/typeName';

const MANUAL_AFTER_AUTO =
  'cannot switch from manual field specification to automatic field numbering';

/** `a, b, ... = v` for n names, with the unpacking errors CPython raises. */
function unpack(v: PyValue, n: number): readonly PyValue[] {
  if (!isIterable(v)) throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
  const items = itemsOf(v);
  if (items.length > n) throw fail('ValueError', `too many values to unpack (expected ${n})`);
  if (items.length < n) {
    throw fail('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  return items;
}

/** A str argument of the C helpers in _string (a str subclass's text counts). */
function textArg(v: PyValue): string {
  const text = payloadOf(v);
  if (typeof text !== 'string') throw typeError(`expected str, got ${typeName(v)}`);
  return text;
}

const call = (o: PyValue, name: string, ...args: PyValue[]): PyValue =>
  callMethod(o, name, args, null);

/** string.py's _vformat: (the text, the next automatic index or False once fields are numbered). */
function vformatStep(
  self: PyInstance,
  text: PyValue,
  args: PyValue,
  kwargs: PyValue,
  used: PyValue,
  depth: bigint,
  autoStart: PyValue,
): PyTuple {
  if (depth < 0n) throw fail('ValueError', 'Max string recursion exceeded');
  let auto = autoStart;
  const result: PyValue[] = [];
  // Piece by piece, so a parse error comes after the fields before it are formatted.
  const it = iterate(call(self, 'parse', text));
  for (let piece = it.next(); piece !== undefined; piece = it.next()) {
    const [literal, fieldName, specText, conversion] = unpack(piece, 4);
    if (truthy(literal)) result.push(literal);
    if (fieldName === null) continue;
    let name = fieldName;
    if (payloadOf(name) === '') {
      if (auto === false) throw fail('ValueError', MANUAL_AFTER_AUTO);
      name = str(auto);
      auto = binary('+', auto, 1n);
    } else if (truthy(call(name, 'isdigit'))) {
      if (truthy(auto)) throw fail('ValueError', MANUAL_AFTER_AUTO);
      // Numbered fields from here on: a later empty field is the error above.
      auto = false;
    }
    const [obj, argUsed] = unpack(call(self, 'get_field', name, args, kwargs), 2);
    call(used, 'add', argUsed);
    const converted = call(self, 'convert_field', obj, conversion);
    // string.py passes the index by keyword: an override of _vformat sees it so.
    const nestedArgs = [specText, args, kwargs, used, depth - 1n];
    const nested = callMethod(self, '_vformat', nestedArgs, new Map([['auto_arg_index', auto]]));
    const [spec, next] = unpack(nested, 2);
    auto = next;
    result.push(call(self, 'format_field', converted, spec));
  }
  return new PyTuple([call('', 'join', result), auto]);
}

function kwargsDict(kw: Kwargs): PyDict {
  const d = new PyDict();
  for (const [k, v] of kw ?? []) setItem(d, k, v);
  return d;
}

export function formatterClass(): PyClass {
  return nativeClass({
    name: 'Formatter',
    module: 'string',
    init: (self, args, kw) => {
      // Formatter defines no __init__: object's refuses arguments.
      if (args.length > 0 || (kw !== null && kw.size > 0)) {
        throw typeError(`${self.cls.name}() takes no arguments`);
      }
    },
    methods: [
      [
        'format',
        (self, args, kw) => {
          if (args.length === 0) {
            throw typeError(
              "Formatter.format() missing 1 required positional argument: 'format_string'",
            );
          }
          return call(self, 'vformat', args[0], new PyTuple(args.slice(1)), kwargsDict(kw));
        },
      ],
      [
        'vformat',
        (self, args, kw) => {
          const names = ['format_string', 'args', 'kwargs'];
          const [text, a, k] = bindMethodArgs('Formatter.vformat', names, 3, args, kw);
          const used = new PySet();
          const [result] = unpack(call(self, '_vformat', text!, a!, k!, used, 2n), 2);
          call(self, 'check_unused_args', used, a!, k!);
          return result;
        },
      ],
      [
        '_vformat',
        (self, args, kw) => {
          const names = [
            'format_string',
            'args',
            'kwargs',
            'used_args',
            'recursion_depth',
            'auto_arg_index',
          ];
          const [text, a, k, used, depth, auto] = bindMethodArgs(
            'Formatter._vformat',
            names,
            5,
            args,
            kw,
          );
          if (typeof depth !== 'bigint') {
            throw typeError(
              `'<' not supported between instances of '${typeName(depth!)}' and 'int'`,
            );
          }
          return vformatStep(self, text!, a!, k!, used!, depth, auto ?? 0n);
        },
      ],
      [
        'parse',
        (_self, args, kw) => {
          const [text] = bindMethodArgs('Formatter.parse', ['format_string'], 1, args, kw);
          return formatterParser(textArg(text!));
        },
      ],
      [
        'get_field',
        (self, args, kw) => {
          const names = ['field_name', 'args', 'kwargs'];
          const [name, a, k] = bindMethodArgs('Formatter.get_field', names, 3, args, kw);
          const [first, rest] = fieldNameSplit(textArg(name!));
          let obj = call(self, 'get_value', first, a!, k!);
          for (let part = rest(); part !== undefined; part = rest()) {
            const [isAttr, key] = part;
            obj = isAttr ? getAttr(obj, key as string) : getItem(obj, key);
          }
          return new PyTuple([obj, first]);
        },
      ],
      [
        'get_value',
        (_self, args, kw) => {
          const names = ['key', 'args', 'kwargs'];
          const [key, a, k] = bindMethodArgs('Formatter.get_value', names, 3, args, kw);
          const isInt = ['bigint', 'boolean'].includes(typeof payloadOf(key!));
          return isInt ? getItem(a!, key!) : getItem(k!, key!);
        },
      ],
      [
        'check_unused_args',
        (_self, args, kw) => {
          const names = ['used_args', 'args', 'kwargs'];
          bindMethodArgs('Formatter.check_unused_args', names, 3, args, kw);
          return null;
        },
      ],
      [
        'format_field',
        (_self, args, kw) => {
          const names = ['value', 'format_spec'];
          const [value, spec] = bindMethodArgs('Formatter.format_field', names, 2, args, kw);
          const text = payloadOf(spec!);
          if (typeof text !== 'string') {
            throw typeError(`format() argument 2 must be str, not ${argTypeName(spec!)}`);
          }
          return formatValue(value!, text);
        },
      ],
      [
        'convert_field',
        (_self, args, kw) => {
          const names = ['value', 'conversion'];
          const [value, conversion] = bindMethodArgs('Formatter.convert_field', names, 2, args, kw);
          if (conversion === null) return value!;
          const c = payloadOf(conversion!);
          if (c === 's' || c === 'r' || c === 'a') return convert(value!, c);
          throw fail('ValueError', `Unknown conversion specifier ${str(conversion!)}`);
        },
      ],
    ],
  });
}
