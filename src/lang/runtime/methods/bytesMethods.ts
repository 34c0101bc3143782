// bytes' and bytearray's methods. Most are str's methods run over a text that stands for the
// bytes one character per byte: ASCII as itself, and every other byte (and the separators
// 0x1c-0x1f, which str treats as whitespace and bytes do not) as a private-use character,
// which no str method takes for a letter, digit or space. So str's code gives bytes' ASCII-only
// answers, and indices agree. What bytes do differently (decode, hex, splitlines, the
// bytearray mutators) is written here.

import { bindBuiltin, exactArgs, expectArgs, indexArg, noKeywords } from '../args';
import { byteValue, bytesData, indexOfBytes, PyByteArray, PyBytes, sameKind } from '../bytes';
import { decodeBytes } from '../codecs';
import { isIterable, itemsOf } from '../iteration';
import { fail, typeError } from '../state';
import { typeName } from '../typeName';
import { Builtin, PyTuple, type Kwargs, type MethodImpl, type PyValue } from '../values';
import { STR_METHODS } from './strMethods';
import { argTypeName } from '../typeName';

type BytesLike = PyBytes | PyByteArray;

const PRIVATE = 0xe000;

/** The bytes as the text str's methods read (see the top of this file). */
function asText(data: Uint8Array): string {
  let out = '';
  for (const b of data) {
    out += String.fromCharCode(b >= 0x80 || (b >= 0x1c && b <= 0x1f) ? PRIVATE + b : b);
  }
  return out;
}

function fromText(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= PRIVATE ? c - PRIVATE : c;
  }
  return out;
}

/** A method argument as str's method takes it: bytes as text; str is refused, as CPython does. */
function argText(v: PyValue, byteInt: boolean): PyValue {
  const data = bytesData(v);
  if (data !== null) return asText(data);
  if (typeof v === 'string') throw typeError(`a bytes-like object is required, not 'str'`);
  if (byteInt && (typeof v === 'bigint' || typeof v === 'boolean')) {
    return asText(Uint8Array.of(byteValue(v)));
  }
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => argText(x, false)));
  return v;
}

/** str's result as bytes' result: text back to bytes of self's kind, in lists and tuples too. */
function resultOf(self: BytesLike, r: PyValue): PyValue {
  if (typeof r === 'string') return sameKind(self, fromText(r));
  if (Array.isArray(r)) return r.map((x) => resultOf(self, x));
  if (r instanceof PyTuple) return new PyTuple(r.items.map((x) => resultOf(self, x)));
  return r;
}

/** bytes' version of str's method `name`; `byteInt`: an int first argument stands for a byte. */
function viaStr(name: string, byteInt = false): MethodImpl<BytesLike> {
  const impl = STR_METHODS.get(name)!;
  return (self, args, kw) => {
    const texts = args.map((a, i) => argText(a, byteInt && i === 0));
    let kwTexts: Kwargs = null;
    if (kw !== null) {
      kwTexts = new Map();
      for (const [k, v] of kw) kwTexts.set(k, argText(v, false));
    }
    return resultOf(self, impl(asText(self.data), texts, kwTexts));
  };
}

function startsWithArg(name: string): MethodImpl<BytesLike> {
  const inner = viaStr(name);
  return (self, args, kw) => {
    const first = args[0];
    if (first !== undefined && bytesData(first) === null && !(first instanceof PyTuple)) {
      throw typeError(
        `${name} first arg must be bytes or a tuple of bytes, not ${typeName(first)}`,
      );
    }
    return inner(self, args, kw);
  };
}

function indexOf(name: 'index' | 'rindex'): MethodImpl<BytesLike> {
  const find = viaStr(name === 'index' ? 'find' : 'rfind', true);
  return (self, args, kw) => {
    const at = find(self, args, kw);
    if (at === -1n) throw fail('ValueError', 'subsection not found');
    return at;
  };
}

function caseMap(map: (b: number) => number): MethodImpl<BytesLike> {
  return (self, args, kw) => {
    exactArgs('upper', 0, args, kw);
    return sameKind(self, self.data.map(map));
  };
}

const upper = (b: number): number => (b >= 0x61 && b <= 0x7a ? b - 32 : b);
const lower = (b: number): number => (b >= 0x41 && b <= 0x5a ? b + 32 : b);

/** removeprefix / removesuffix: self without the affix when it has it, else a copy of self. */
function affixRemover(name: string, atStart: boolean): MethodImpl<BytesLike> {
  return (self, args, kw) => {
    exactArgs(name, 1, args, kw);
    const affix = bytesData(args[0]);
    if (affix === null) {
      throw typeError(`a bytes-like object is required, not '${typeName(args[0])}'`);
    }
    const d = self.data;
    const n = affix.length;
    const at = atStart ? 0 : d.length - n;
    let has = n <= d.length;
    for (let i = 0; has && i < n; i++) has = d[at + i] === affix[i];
    if (!has) return self instanceof PyBytes ? self : sameKind(self, d.slice());
    return sameKind(self, atStart ? d.slice(n) : d.slice(0, d.length - n));
  };
}

const HEX_DIGIT = /^[0-9a-fA-F]$/;

/** bytes.fromhex(s): pairs of hex digits, spaces between pairs allowed. */
function fromHex(kind: 'bytes' | 'bytearray'): Builtin {
  return new Builtin('fromhex', (args, kw) => {
    exactArgs('fromhex', 1, args, kw);
    const s = args[0];
    if (typeof s !== 'string') {
      throw typeError(`fromhex() argument must be str, not ${argTypeName(s)}`);
    }
    const out: number[] = [];
    let i = 0;
    while (i < s.length) {
      if (
        s[i] === ' ' ||
        s[i] === '\t' ||
        s[i] === '\n' ||
        s[i] === '\r' ||
        s[i] === '\v' ||
        s[i] === '\f'
      ) {
        i++;
        continue;
      }
      for (const at of [i, i + 1]) {
        if (at >= s.length || !HEX_DIGIT.test(s[at])) {
          throw fail(
            'ValueError',
            `non-hexadecimal number found in fromhex() arg at position ${at}`,
          );
        }
      }
      out.push(parseInt(s.slice(i, i + 2), 16));
      i += 2;
    }
    const data = Uint8Array.from(out);
    return kind === 'bytes' ? new PyBytes(data) : new PyByteArray(data);
  });
}

export const BYTES_FROMHEX = fromHex('bytes');
export const BYTEARRAY_FROMHEX = fromHex('bytearray');

/** A bytes-like argument's bytes, or CPython's TypeError naming what came instead. */
function bytesArg(v: PyValue): Uint8Array {
  const data = bytesData(v);
  if (data !== null) return data;
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

/** b.translate(table, /, delete=b''): each byte mapped through a 256-byte table (or kept,
 * with None), the bytes of `delete` dropped first. */
const translate: MethodImpl<BytesLike> = (self, args, kw) => {
  if (args.length === 0) {
    throw typeError('translate() takes at least 1 positional argument (0 given)');
  }
  const [table, del] = bindBuiltin('translate', ['table', 'delete'], 1, args, kw, 1);
  const map = table === null ? null : bytesArg(table!);
  if (map !== null && map.length !== 256) {
    throw fail('ValueError', 'translation table must be 256 characters long');
  }
  const dropped = new Set(del === undefined ? [] : bytesArg(del));
  const out: number[] = [];
  for (const b of self.data) if (!dropped.has(b)) out.push(map === null ? b : map[b]);
  return sameKind(self, Uint8Array.from(out));
};

/** bytes.maketrans(frm, to) (bytearray's too): a 256-byte table sending frm's bytes to to's. */
export const BYTES_MAKETRANS = new Builtin('maketrans', (args, kw) => {
  noKeywords('maketrans', kw);
  expectArgs('maketrans', args, 2, 2);
  const [from, to] = [bytesArg(args[0]), bytesArg(args[1])];
  if (from.length !== to.length) {
    throw fail('ValueError', 'maketrans arguments must have same length');
  }
  const table = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0; i < from.length; i++) table[from[i]] = to[i];
  return new PyBytes(table);
});

export const BYTES_METHODS = new Map<string, MethodImpl<BytesLike>>([
  [
    'decode',
    (self, args, kw) => {
      const [encoding, errors] = bindBuiltin('decode', ['encoding', 'errors'], 0, args, kw);
      for (const [what, v] of [
        ['encoding', encoding],
        ['errors', errors],
      ] as const) {
        if (v !== undefined && typeof v !== 'string') {
          throw typeError(`decode() argument '${what}' must be str, not ${argTypeName(v)}`);
        }
      }
      return decodeBytes(
        self.data,
        (encoding as string | undefined) ?? 'utf-8',
        (errors as string | undefined) ?? 'strict',
      );
    },
  ],
  [
    'hex',
    (self, args, kw) => {
      expectArgs('hex', args, 0, 1);
      void kw;
      const sep = args[0];
      const pairs = Array.from(self.data, (b) => b.toString(16).padStart(2, '0'));
      if (sep === undefined) return pairs.join('');
      const s =
        typeof sep === 'string'
          ? sep
          : bytesData(sep) !== null
            ? String.fromCharCode(...bytesData(sep)!)
            : null;
      if (s === null || s.length !== 1) throw fail('ValueError', 'sep must be length 1.');
      return pairs.join(s);
    },
  ],
  [
    'join',
    (self, args, kw) => {
      exactArgs('join', 1, args, kw);
      if (!isIterable(args[0])) throw typeError('can only join an iterable');
      const items = itemsOf(args[0]);
      const parts: Uint8Array[] = [];
      let total = 0;
      for (let i = 0; i < items.length; i++) {
        const d = bytesData(items[i]);
        if (d === null) {
          throw typeError(
            `sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`,
          );
        }
        if (i > 0) {
          parts.push(self.data);
          total += self.data.length;
        }
        parts.push(d);
        total += d.length;
      }
      const out = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return sameKind(self, out);
    },
  ],
  [
    'splitlines',
    (self, args, kw) => {
      const [keep] = bindBuiltin('splitlines', ['keepends'], 0, args, kw);
      const keepEnds = keep !== undefined && indexArg(keep) !== 0n;
      const d = self.data;
      const out: PyValue[] = [];
      let start = 0;
      for (let i = 0; i < d.length; i++) {
        if (d[i] !== 0x0a && d[i] !== 0x0d) continue;
        const end = d[i] === 0x0d && d[i + 1] === 0x0a ? i + 2 : i + 1;
        out.push(sameKind(self, d.slice(start, keepEnds ? end : i)));
        start = end;
        i = end - 1;
      }
      if (start < d.length) out.push(sameKind(self, d.slice(start)));
      return out;
    },
  ],
  [
    'isascii',
    (self, args, kw) => {
      exactArgs('isascii', 0, args, kw);
      return self.data.every((b) => b < 0x80);
    },
  ],
  ['removeprefix', affixRemover('removeprefix', true)],
  ['removesuffix', affixRemover('removesuffix', false)],
  ['upper', caseMap(upper)],
  ['lower', caseMap(lower)],
  ['swapcase', caseMap((b) => (upper(b) !== b ? upper(b) : lower(b)))],
  ['startswith', startsWithArg('startswith')],
  ['endswith', startsWithArg('endswith')],
  ['find', viaStr('find', true)],
  ['rfind', viaStr('rfind', true)],
  ['count', viaStr('count', true)],
  ['index', indexOf('index')],
  ['rindex', indexOf('rindex')],
  ...[
    'split',
    'rsplit',
    'strip',
    'lstrip',
    'rstrip',
    'replace',
    'center',
    'ljust',
    'rjust',
    'zfill',
    'partition',
    'rpartition',
    'capitalize',
    'title',
    'isdigit',
    'isalpha',
    'isalnum',
    'isspace',
    'isupper',
    'islower',
    'istitle',
    'expandtabs',
  ].map((name): [string, MethodImpl<BytesLike>] => [name, viaStr(name)]),
  ['translate', translate],
]);

function mutator(
  impl: (self: PyByteArray, args: PyValue[], kw: Kwargs) => PyValue,
): MethodImpl<BytesLike> {
  return (self, args, kw) => impl(self as PyByteArray, args, kw);
}

function withBytes(a: PyByteArray, extra: Uint8Array, at = a.data.length): void {
  const out = new Uint8Array(a.data.length + extra.length);
  out.set(a.data.subarray(0, at), 0);
  out.set(extra, at);
  out.set(a.data.subarray(at), at + extra.length);
  a.data = out;
}

export const BYTEARRAY_METHODS = new Map<string, MethodImpl<BytesLike>>([
  ...BYTES_METHODS,
  [
    'append',
    mutator((self, args, kw) => {
      exactArgs('append', 1, args, kw);
      withBytes(self, Uint8Array.of(byteValue(args[0])));
      return null;
    }),
  ],
  [
    'extend',
    mutator((self, args, kw) => {
      exactArgs('extend', 1, args, kw);
      const src = args[0];
      const data = bytesData(src) ?? Uint8Array.from(itemsOf(src), (x) => byteValue(x));
      withBytes(self, data.slice());
      return null;
    }),
  ],
  [
    'insert',
    mutator((self, args, kw) => {
      exactArgs('insert', 2, args, kw);
      let i = Number(args[0]);
      const n = self.data.length;
      if (i < 0) i = Math.max(0, i + n);
      withBytes(self, Uint8Array.of(byteValue(args[1])), Math.min(i, n));
      return null;
    }),
  ],
  [
    'pop',
    mutator((self, args, kw) => {
      expectArgs('pop', args, 0, 1);
      void kw;
      const n = self.data.length;
      if (n === 0) throw fail('IndexError', 'pop from empty bytearray');
      let i = args.length === 0 ? n - 1 : Number(args[0]);
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw fail('IndexError', 'pop index out of range');
      const b = self.data[i];
      self.data = Uint8Array.from([...self.data.subarray(0, i), ...self.data.subarray(i + 1)]);
      return BigInt(b);
    }),
  ],
  [
    'remove',
    mutator((self, args, kw) => {
      exactArgs('remove', 1, args, kw);
      const i = indexOfBytes(self.data, Uint8Array.of(byteValue(args[0])));
      if (i < 0) throw fail('ValueError', 'value not found in bytearray');
      self.data = Uint8Array.from([...self.data.subarray(0, i), ...self.data.subarray(i + 1)]);
      return null;
    }),
  ],
  [
    'clear',
    mutator((self, args, kw) => {
      exactArgs('clear', 0, args, kw);
      self.data = new Uint8Array(0);
      return null;
    }),
  ],
  [
    'reverse',
    mutator((self, args, kw) => {
      exactArgs('reverse', 0, args, kw);
      self.data.reverse();
      return null;
    }),
  ],
  [
    'copy',
    mutator((self, args, kw) => {
      exactArgs('copy', 0, args, kw);
      return new PyByteArray(self.data.slice());
    }),
  ],
]);
