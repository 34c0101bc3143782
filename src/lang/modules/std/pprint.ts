// pprint: pformat/pprint/pp with CPython's layout. A value whose one-line repr fits in what is
// left of the line is written as it is; a dict, list, tuple, set, frozenset or str that does not
// fit is broken over lines, one item (or one piece of the string) per line, each laid out again
// by the same rule with the indent and the room its closing brackets need.

import { bindBuiltin, intArg } from '../../runtime/args';
import { callMethod, getAttr } from '../../runtime/attributes';
import { PyInstance } from '../../runtime/objects';
import { typeOf } from '../../runtime/types';
import { order } from '../../runtime/equality';

import { objectId, repr } from '../../runtime/repr';
import { typeError, valueError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { typeName } from '../../runtime/typeName';
import {
  Builtin,
  PyCounter,
  PyDefaultDict,
  PyDeque,
  PyDict,
  PyFrozenSet,
  PyNamedTuple,
  PyOrderedDict,
  PySet,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';
import { TgradError } from '../../errors';
import type { StdContext } from './context';
import { generatedReprFields } from './dataclassMethods';
import { prettyPrinterClass } from './pprintPrinter';
import { readability } from './pprintReadable';

export interface Options {
  indent: number;
  width: number;
  depth: number | null;
  compact: boolean;
  sortDicts: boolean;
  underscoreNumbers: boolean;
}

/** Length in code points, as Python's len(str). */
function len(s: string): number {
  return [...s].length;
}

/** Python's `a < b` for sorting keys, falling back to the type names where `<` does not apply. */
function safeLess(a: PyValue, b: PyValue): boolean {
  try {
    return order('<', a, b);
  } catch (e) {
    if (e instanceof TgradError && e.kind === 'TypeError') {
      return `<class '${typeName(a)}'>` < `<class '${typeName(b)}'>`;
    }
    throw e;
  }
}

function sortedValues(xs: PyValue[]): PyValue[] {
  return [...xs].sort((a, b) => (safeLess(a, b) ? -1 : safeLess(b, a) ? 1 : 0));
}

/** Only the plain built-in kinds are laid out; a subclass or a user class shows its repr. */
const isPlainDict = (v: PyValue): v is PyDict =>
  v instanceof PyDict && Object.getPrototypeOf(v) === PyDict.prototype;
const isPlainTuple = (v: PyValue): v is PyTuple =>
  v instanceof PyTuple && !(v instanceof PyNamedTuple);

function dictItems(d: PyDict, o: Options): [PyValue, PyValue][] {
  const items: [PyValue, PyValue][] = [...d.map.values()].map((e) => [e.key, e.value]);
  if (!o.sortDicts) return items;
  return items.sort((a, b) => (safeLess(a[0], b[0]) ? -1 : safeLess(b[0], a[0]) ? 1 : 0));
}

function groupDigits(n: bigint): string {
  const s = (n < 0n ? -n : n).toString();
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
  return n < 0n ? `-${grouped}` : grouped;
}

class PrettyFormatter {
  private out = '';
  constructor(private readonly o: Options) {}

  /** The one-line form: nested dicts (sorted), lists and tuples cut at `depth` as `...`. */
  safeRepr(v: PyValue, context: Set<object>, level: number): string {
    const o = this.o;
    if (typeof v === 'bigint' && o.underscoreNumbers) return groupDigits(v);
    const max = o.depth;
    if (isPlainDict(v)) {
      if (v.map.size === 0) return '{}';
      if (max !== null && level >= max) return '{...}';
      if (context.has(v)) return recursion(v);
      context.add(v);
      const parts = dictItems(v, o).map(
        ([k, x]) =>
          `${this.safeRepr(k, context, level + 1)}: ${this.safeRepr(x, context, level + 1)}`,
      );
      context.delete(v);
      return `{${parts.join(', ')}}`;
    }
    if (Array.isArray(v) || isPlainTuple(v)) {
      const items = Array.isArray(v) ? v : v.items;
      let open = '[';
      let close = ']';
      if (!Array.isArray(v)) {
        open = '(';
        close = items.length === 1 ? ',)' : ')';
      }
      if (items.length === 0) return Array.isArray(v) ? '[]' : '()';
      if (max !== null && level >= max) return `${open}...${close}`;
      if (context.has(v)) return recursion(v);
      context.add(v);
      const parts = items.map((x) => this.safeRepr(x, context, level + 1));
      context.delete(v);
      return `${open}${parts.join(', ')}${close}`;
    }
    return repr(v);
  }

  format(v: PyValue, indent: number, allowance: number, context: Set<object>, level: number): void {
    if (typeof v === 'object' && v !== null && context.has(v)) {
      this.out += recursion(v);
      return;
    }
    const rep = this.safeRepr(v, new Set(context), level);
    const maxWidth = this.o.width - indent - allowance;
    if (len(rep) > maxWidth) {
      const next = level + 1;
      if (isPlainDict(v) || Array.isArray(v) || isPlainTuple(v) || v instanceof PySet) {
        context.add(v);
        if (isPlainDict(v)) this.dict(v, indent, allowance, context, next);
        else if (Array.isArray(v)) this.list(v, indent, allowance, context, next);
        else if (v instanceof PyTuple) this.tuple(v, indent, allowance, context, next);
        else if (v instanceof PySet) this.set(v, indent, allowance, context, next);
        context.delete(v);
        return;
      }
      if (typeof v === 'string') {
        this.str(v, indent, allowance, next);
        return;
      }
      if (this.collection(v, indent, allowance, context, next)) return;
    }
    this.out += rep;
  }

  private padAfterOpen(): void {
    if (this.o.indent > 1) this.out += ' '.repeat(this.o.indent - 1);
  }

  private dict(
    d: PyDict,
    indent: number,
    allowance: number,
    context: Set<object>,
    level: number,
  ): void {
    this.out += '{';
    this.padAfterOpen();
    if (d.map.size > 0) this.dictItems(dictItems(d, this.o), indent, allowance + 1, context, level);
    this.out += '}';
  }

  /** `key: value` pairs one a line; `allowance` is the room the last one leaves. */
  private dictItems(
    items: [PyValue, PyValue][],
    indent: number,
    allowance: number,
    context: Set<object>,
    level: number,
  ): void {
    const inner = indent + this.o.indent;
    const delimnl = `,\n${' '.repeat(inner)}`;
    items.forEach(([k, x], i) => {
      const last = i === items.length - 1;
      const krep = this.safeRepr(k, new Set(context), level);
      this.out += `${krep}: `;
      this.format(x, inner + len(krep) + 2, last ? allowance : 1, context, level);
      if (!last) this.out += delimnl;
    });
  }

  /**
   * The layouts CPython gives collections' OrderedDict, defaultdict, Counter and deque, and a
   * dataclass whose `__repr__` the decorator made; false for any other value.
   */
  private collection(
    v: PyValue,
    indent: number,
    allowance: number,
    context: Set<object>,
    level: number,
  ): boolean {
    const name = collectionName(v);
    if (name === null) {
      const fields = dataclassReprFields(v);
      if (fields === null) return false;
      context.add(v as object);
      this.dataclass(v, fields, indent, allowance, context, level);
      context.delete(v as object);
      return true;
    }
    const size = v instanceof PyDeque ? v.items.length : (v as PyDict).map.size;
    if (size === 0) {
      this.out += repr(v);
      return true;
    }
    context.add(v as object);
    const inner = indent + name.length + 1;
    if (v instanceof PyDefaultDict) {
      const factory = this.safeRepr(v.factory, new Set(context), level);
      this.out += `${name}(${factory},\n${' '.repeat(inner)}`;
      this.dict(v, inner, allowance + 1, context, level);
      this.out += ')';
    } else if (v instanceof PyCounter) {
      this.out += `${name}({`;
      this.padAfterOpen();
      const common = callMethod(v, 'most_common', [], null);
      const items = (Array.isArray(common) ? common : []).map(
        (t) => (t as PyTuple).items as [PyValue, PyValue],
      );
      this.dictItems(items, inner, allowance + 2, context, level);
      this.out += '})';
    } else if (v instanceof PyOrderedDict) {
      this.out += `${name}(`;
      const pairs = [...v.map.values()].map((e) => new PyTuple([e.key, e.value]));
      this.format(pairs, inner, allowance + 1, context, level);
      this.out += ')';
    } else if (v instanceof PyDeque) {
      this.out += `${name}([`;
      if (v.maxlen === null) {
        this.items(v.items, inner, allowance + 2, context, level);
        this.out += '])';
      } else {
        this.items(v.items, inner, 2, context, level);
        this.out += `],\n${' '.repeat(inner)}maxlen=${v.maxlen})`;
      }
    }
    context.delete(v as object);
    return true;
  }

  /** `Name(field=value, ...)`, one field a line; a field holding an enclosing value is `...`. */
  private dataclass(
    v: PyValue,
    fields: readonly string[],
    indent: number,
    allowance: number,
    context: Set<object>,
    level: number,
  ): void {
    const name = typeOf(v).name;
    indent += name.length + 1;
    this.out += `${name}(`;
    const delimnl = `,\n${' '.repeat(indent)}`;
    fields.forEach((field, i) => {
      const last = i === fields.length - 1;
      const x = getAttr(v, field);
      this.out += `${field}=`;
      if (typeof x === 'object' && x !== null && context.has(x)) this.out += '...';
      else this.format(x, indent + field.length + 1, last ? allowance : 1, context, level);
      if (!last) this.out += delimnl;
    });
    this.out += ')';
  }

  private list(
    xs: PyValue[],
    indent: number,
    allowance: number,
    context: Set<object>,
    level: number,
  ): void {
    this.out += '[';
    this.items(xs, indent, allowance + 1, context, level);
    this.out += ']';
  }

  private tuple(
    t: PyTuple,
    indent: number,
    allowance: number,
    context: Set<object>,
    level: number,
  ): void {
    this.out += '(';
    const end = t.items.length === 1 ? ',)' : ')';
    this.items(t.items, indent, allowance + end.length, context, level);
    this.out += end;
  }

  private set(
    s: PySet,
    indent: number,
    allowance: number,
    context: Set<object>,
    level: number,
  ): void {
    const members = [...s.map.values()];
    if (members.length === 0) {
      this.out += repr(s);
      return;
    }
    let end = '}';
    if (s instanceof PyFrozenSet) {
      this.out += 'frozenset({';
      end = '})';
      indent += 'frozenset'.length + 1;
    } else this.out += '{';
    this.items(sortedValues(members), indent, allowance + end.length, context, level);
    this.out += end;
  }

  /** The items of a list, tuple or set, one a line (or as many as fit, when compact). */
  private items(
    xs: PyValue[],
    indent: number,
    allowance: number,
    context: Set<object>,
    level: number,
  ): void {
    indent += this.o.indent;
    this.padAfterOpen();
    const delimnl = `,\n${' '.repeat(indent)}`;
    let delim = '';
    let maxWidth = this.o.width - indent + 1;
    let width = maxWidth;
    xs.forEach((x, i) => {
      const last = i === xs.length - 1;
      if (last) {
        maxWidth -= allowance;
        width -= allowance;
      }
      if (this.o.compact) {
        const rep = this.safeRepr(x, new Set(context), level);
        const w = len(rep) + 2;
        if (width < w) {
          width = maxWidth;
          if (delim !== '') delim = delimnl;
        }
        if (width >= w) {
          width -= w;
          this.out += delim + rep;
          delim = ', ';
          return;
        }
      }
      this.out += delim;
      delim = delimnl;
      this.format(x, indent, last ? allowance : 1, context, level);
    });
  }

  /** A long string as implicitly joined pieces: by line, then at word ends, to fit the width. */
  private str(s: string, indent: number, allowance: number, level: number): void {
    if (s.length === 0) {
      this.out += repr(s);
      return;
    }
    const lines = splitLinesKeepEnds(s);
    if (level === 1) {
      indent += 1;
      allowance += 1;
    }
    const chunks: string[] = [];
    const maxWidth = this.o.width - indent;
    let maxWidth1 = maxWidth;
    lines.forEach((line, i) => {
      const rep = repr(line);
      const lastLine = i === lines.length - 1;
      if (lastLine) maxWidth1 -= allowance;
      if (len(rep) <= maxWidth1) {
        chunks.push(rep);
        return;
      }
      const parts = line.match(/\S*\s*/gu) ?? [];
      parts.pop();
      // The pieces of the last line leave room for the closing brackets only at its end.
      let maxWidth2 = maxWidth;
      let current = '';
      parts.forEach((part, j) => {
        const candidate = current + part;
        if (j === parts.length - 1 && lastLine) maxWidth2 -= allowance;
        if (len(repr(candidate)) > maxWidth2) {
          if (current !== '') chunks.push(repr(current));
          current = part;
        } else current = candidate;
      });
      if (current !== '') chunks.push(repr(current));
    });
    if (chunks.length === 1) {
      this.out += repr(lines[lines.length - 1]);
      return;
    }
    if (level === 1) this.out += '(';
    this.out += chunks.join(`\n${' '.repeat(indent)}`);
    if (level === 1) this.out += ')';
  }

  text(): string {
    return this.out;
  }
}

/** Python's line boundaries (str.splitlines): \n, \r, \v, \f, FS, GS, RS, NEL, LS, PS. */
const LINE_BREAKS = new Set([10, 13, 11, 12, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);

/** str.splitlines(keepends=True). */
function splitLinesKeepEnds(s: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!LINE_BREAKS.has(s.charCodeAt(i))) continue;
    if (s[i] === '\r' && s[i + 1] === '\n') i++;
    lines.push(s.slice(start, i + 1));
    start = i + 1;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}

/** The class name of a collections value CPython's pprint lays out specially, else null. */
function collectionName(v: PyValue): string | null {
  if (v instanceof PyDeque) return 'deque';
  if (v instanceof PyDefaultDict) return 'defaultdict';
  if (v instanceof PyCounter) return 'Counter';
  if (v instanceof PyOrderedDict) return 'OrderedDict';
  return null;
}

/** The fields a dataclass instance's generated `__repr__` shows, or null for any other value. */
function dataclassReprFields(v: PyValue): readonly string[] | null {
  if (!(v instanceof PyInstance)) return null;
  const params = v.cls.lookup('__dataclass_params__');
  if (!(params instanceof PyInstance) || !truthy(getAttr(params, 'repr'))) return null;
  return generatedReprFields(v.cls.lookup('__repr__'));
}

function recursion(v: object): string {
  return `<Recursion on ${typeName(v as PyValue)} with id=${objectId(v)}>`;
}

const FORMAT_PARAMS = [
  'object',
  'indent',
  'width',
  'depth',
  'compact',
  'sort_dicts',
  'underscore_numbers',
];

export function readOptions(vals: (PyValue | undefined)[], sortDefault: boolean): Options {
  const [indent, width, depth, compact, sortDicts, underscore] = vals;
  const o: Options = {
    indent: indent === undefined ? 1 : Number(intArg('pformat', 'indent', indent)),
    width: width === undefined ? 80 : Number(intArg('pformat', 'width', width)),
    depth: depth === undefined || depth === null ? null : Number(intArg('pformat', 'depth', depth)),
    compact: compact !== undefined && truthy(compact),
    sortDicts: sortDicts === undefined ? sortDefault : truthy(sortDicts),
    underscoreNumbers: underscore !== undefined && truthy(underscore),
  };
  if (o.indent < 0) throw valueError('indent must be >= 0');
  if (o.depth !== null && o.depth <= 0) throw valueError('depth must be > 0');
  if (o.width === 0) throw valueError('width must be != 0');
  return o;
}

export function pformatWith(v: PyValue, o: Options): string {
  const f = new PrettyFormatter(o);
  f.format(v, 0, 0, new Set(), 0);
  return f.text();
}

export function pprintModule(s: StdContext): Map<string, PyValue> {
  const stdout = (): PyValue => s.standard('sys').ns.lookup('stdout') ?? null;
  const pformat = new Builtin('pformat', (args, kw) => {
    const vals = bindBuiltin('pformat', FORMAT_PARAMS, 1, args, kw);
    return pformatWith(vals[0]!, readOptions(vals.slice(1), true));
  });
  /** pprint(object, stream=None, ...) and pp (sort_dicts=False by default). */
  const printer = (name: string, sortDefault: boolean): Builtin =>
    new Builtin(name, (args: PyValue[], kw: Kwargs) => {
      const params = ['object', 'stream', ...FORMAT_PARAMS.slice(1)];
      const vals = bindBuiltin(name, params, 1, args, kw);
      const stream = vals[1] === undefined || vals[1] === null ? stdout() : vals[1];
      const text = pformatWith(vals[0]!, readOptions(vals.slice(2), sortDefault));
      callMethod(stream, 'write', [`${text}\n`], null);
      return null;
    });
  const saferepr = new Builtin('saferepr', (args) => {
    if (args.length !== 1)
      throw typeError(`saferepr() takes 1 positional argument but ${args.length} were given`);
    return new PrettyFormatter({
      indent: 1,
      width: 80,
      depth: null,
      compact: false,
      sortDicts: true,
      underscoreNumbers: false,
    }).safeRepr(args[0], new Set(), 0);
  });
  const oneArgument = (name: string, test: (v: PyValue) => boolean): Builtin =>
    new Builtin(name, (args) => {
      if (args.length !== 1)
        throw typeError(`${name}() takes 1 positional argument but ${args.length} were given`);
      return test(args[0]);
    });
  return new Map<string, PyValue>([
    ['pformat', pformat],
    ['isreadable', oneArgument('isreadable', (v) => readability(v).readable)],
    ['isrecursive', oneArgument('isrecursive', (v) => readability(v).recursive)],
    ['pprint', printer('pprint', true)],
    ['pp', printer('pp', false)],
    ['saferepr', saferepr],
    ['PrettyPrinter', prettyPrinterClass(stdout)],
  ]);
}
