// The special methods of the built-in data types as an instance of a subclass answers them
// when its class does not override them: the built-in operation on the instance's value
// (`len(stack)`, `vocab[k]`, `tok + '!'`, `count < 3`, `repr(d)`). A result is a plain
// built-in value (`Stack([1]) + [2]` is a list), as in CPython; undefined means the built-in
// type has no such method (`Count(1)[0]`), so the caller raises its own TypeError.
//
// The same table backs `super().__getitem__(k)` and `dict.__setitem__(self, k, v)`.

import type { BinaryOperator } from '../ast';
import { binary, unary } from './arith';
import { installConstructors, PyBuiltinInstance, overrideOf, payloadOf } from './builtinSubclass';
import { callValue } from './call';
import { contains, eq, hashKey, order } from './equality';
import { formatValue, specText } from './formatValue';
import { inplace } from './inplace';
import { stopIteration } from './generator';
import { orderedDictInplaceOr } from './orderedDictWrites';
import { bind } from './instances';
import { iterate, strLength } from './iteration';
import { NativeMethod, type PyClass } from './objects';
import { repr } from './repr';
import { typeError } from './state';
import { setSize } from './smallSet';
import { delItem, getItem, setItem } from './subscript';
import { truthy } from './truth';
import {
  PyCounter,
  PyDefaultDict,
  PyDeque,
  PyDict,
  PyFrozenSet,
  PyIterator,
  PyOrderedDict,
  PySet,
  PyTuple,
  type PyValue,
} from './values';

/** One special method on the instance `o` (or a plain built-in value, read from the type). */
type PayloadSpecial = (o: PyValue, args: PyValue[]) => PyValue | undefined;

const isNumber = (p: PyValue): p is bigint | number =>
  typeof p === 'bigint' || typeof p === 'number' || typeof p === 'boolean';

const isContainer = (p: PyValue): boolean =>
  Array.isArray(p) ||
  typeof p === 'string' ||
  p instanceof PyTuple ||
  p instanceof PyDict ||
  p instanceof PySet ||
  p instanceof PyDeque;

function size(p: PyValue): bigint | undefined {
  if (Array.isArray(p)) return BigInt(p.length);
  if (typeof p === 'string') return BigInt(strLength(p));
  if (p instanceof PyTuple) return BigInt(p.items.length);
  if (p instanceof PyDict) return BigInt(p.map.size);
  if (p instanceof PySet) return BigInt(setSize(p));
  if (p instanceof PyDeque) return BigInt(p.length);
  return undefined;
}

/** `d[k]` on a dict subclass: the item, else the class's __missing__ (as dict.__getitem__ does). */
function dictItem(o: PyValue, d: PyDict, k: PyValue): PyValue {
  const hit = d.map.get(hashKey(k));
  if (hit !== undefined) return hit.value;
  if (o instanceof PyBuiltinInstance) {
    const missing = overrideOf(o.cls, '__missing__');
    if (missing !== undefined && missing !== null) {
      return callValue(bind(missing, o, o.cls), [k], null);
    }
  }
  return getItem(d, k);
}

/** The values whose repr is being made through their instance, innermost last. */
const reprActive = new Set<object>();

/**
 * The repr of a set, frozenset, deque or one of collections' dicts names its type, so a subclass's
 * names the subclass (`Tags({'a'})`, `Tally({'a': 1})`); lists, dicts, str and numbers do not.
 */
function payloadRepr(o: PyValue): string {
  const p = payloadOf(o);
  // A value that holds its own instance (`q.append(q)`) shows `[...]` there, as in CPython.
  if (typeof p === 'object' && p !== null && reprActive.has(p)) {
    return Array.isArray(p) ? '[...]' : p instanceof PyTuple ? '(...)' : '{...}';
  }
  let r: string;
  if (typeof p === 'object' && p !== null) {
    reprActive.add(p);
    try {
      r = repr(p);
    } finally {
      reprActive.delete(p);
    }
  } else r = repr(p);
  if (!(o instanceof PyBuiltinInstance)) return r;
  const name = o.cls.name;
  if (p instanceof PyFrozenSet) return r.replace(/^frozenset/, name);
  if (p instanceof PySet) return r === 'set()' ? `${name}()` : `${name}(${r})`;
  if (
    p instanceof PyDefaultDict ||
    p instanceof PyOrderedDict ||
    p instanceof PyCounter ||
    p instanceof PyDeque
  ) {
    return r.replace(/^[\w.]+/, name);
  }
  return r;
}

const SPECIALS = new Map<string, PayloadSpecial>([
  ['__len__', (o) => size(payloadOf(o))],
  [
    '__getitem__',
    (o, [k]) => {
      const p = payloadOf(o);
      if (p instanceof PyDict) return dictItem(o, p, k);
      return isContainer(p) && !(p instanceof PySet) ? getItem(p, k) : undefined;
    },
  ],
  [
    '__setitem__',
    (o, [k, v]) => {
      const p = payloadOf(o);
      if (!Array.isArray(p) && !(p instanceof PyDict) && !(p instanceof PyDeque)) return undefined;
      setItem(p, k, v);
      return null;
    },
  ],
  [
    '__delitem__',
    (o, [k]) => {
      const p = payloadOf(o);
      if (!Array.isArray(p) && !(p instanceof PyDict) && !(p instanceof PyDeque)) return undefined;
      delItem(p, k);
      return null;
    },
  ],
  ['__contains__', (o, [x]) => (isContainer(payloadOf(o)) ? contains(payloadOf(o), x) : undefined)],
  [
    '__iter__',
    (o) => {
      const p = payloadOf(o);
      // A subclass of enumerate, zip, map… is its own iterator, as they are.
      if (p instanceof PyIterator) return o;
      return isContainer(p) ? iterate(p) : undefined;
    },
  ],
  [
    '__next__',
    (o) => {
      const p = payloadOf(o);
      if (!(p instanceof PyIterator)) return undefined;
      const x = p.next();
      if (x === undefined) throw stopIteration(null);
      return x;
    },
  ],
  ['__bool__', (o) => truthy(payloadOf(o))],
  // An iterator's repr is object's: `<__main__.Numbered object at 0x…>`.
  ['__repr__', (o) => (payloadOf(o) instanceof PyIterator ? undefined : payloadRepr(o))],
  // str.__str__ is the string; the other types' str is their repr (through the class's __repr__).
  ['__str__', (o) => (typeof payloadOf(o) === 'string' ? payloadOf(o) : undefined)],
  [
    '__format__',
    (o, [spec]) => {
      const p = payloadOf(o);
      // The spec may be a str subclass's instance (`format(x, MyStr('>6'))`): its text.
      const text = specText(spec);
      // An empty spec is str(instance) (so a __str__ or __repr__ the class wrote shows).
      if ((!isNumber(p) && typeof p !== 'string') || text === '') return undefined;
      return formatValue(p, text ?? '');
    },
  ],
  ['__eq__', (o, [b]) => eq(payloadOf(o), payloadOf(b))],
  ['__ne__', (o, [b]) => !eq(payloadOf(o), payloadOf(b))],
  ['__lt__', (o, [b]) => order('<', payloadOf(o), payloadOf(b))],
  ['__le__', (o, [b]) => order('<=', payloadOf(o), payloadOf(b))],
  ['__gt__', (o, [b]) => order('>', payloadOf(o), payloadOf(b))],
  ['__ge__', (o, [b]) => order('>=', payloadOf(o), payloadOf(b))],
  ['__neg__', (o) => (isNumber(payloadOf(o)) ? unary('-', payloadOf(o)) : undefined)],
  ['__pos__', (o) => (isNumber(payloadOf(o)) ? unary('+', payloadOf(o)) : undefined)],
  ['__invert__', (o) => (typeof payloadOf(o) === 'bigint' ? unary('~', payloadOf(o)) : undefined)],
  ['__abs__', (o) => numberAbs(payloadOf(o))],
  ['__index__', (o) => (typeof payloadOf(o) === 'bigint' ? payloadOf(o) : undefined)],
  ['__int__', (o) => numberInt(payloadOf(o))],
  ['__float__', (o) => numberFloat(payloadOf(o))],
]);

function numberAbs(p: PyValue): PyValue | undefined {
  if (typeof p === 'bigint') return p < 0n ? -p : p;
  if (typeof p === 'number') return Math.abs(p);
  return undefined;
}

function numberInt(p: PyValue): PyValue | undefined {
  if (typeof p === 'bigint') return p;
  if (typeof p === 'number' && Number.isFinite(p)) return BigInt(Math.trunc(p));
  return undefined;
}

function numberFloat(p: PyValue): PyValue | undefined {
  if (typeof p === 'number') return p;
  if (typeof p === 'bigint') return Number(p);
  return undefined;
}

/**
 * A deque subclass's `q + other` and `q * n` are of its class, made as CPython's deque_copy
 * makes them: the class called with the deque (and its maxlen), then given the result's items.
 */
function dequeCopy(o: PyValue, r: PyValue): PyValue {
  if (!(o instanceof PyBuiltinInstance) || !(o.payload instanceof PyDeque)) return r;
  const maxlen = o.payload.maxlen;
  const made = callValue(o.cls, maxlen === null ? [o] : [o, BigInt(maxlen)], null);
  if (made instanceof PyBuiltinInstance) made.payload = r;
  return made;
}

const OPERATORS: [BinaryOperator, string][] = [
  ['+', 'add'],
  ['-', 'sub'],
  ['*', 'mul'],
  ['/', 'truediv'],
  ['//', 'floordiv'],
  ['%', 'mod'],
  ['**', 'pow'],
  ['&', 'and'],
  ['|', 'or'],
  ['^', 'xor'],
  ['<<', 'lshift'],
  ['>>', 'rshift'],
];
for (const [op, n] of OPERATORS) {
  SPECIALS.set(`__${n}__`, (o, [b]) => dequeCopy(o, binary(op, payloadOf(o), payloadOf(b))));
  SPECIALS.set(`__r${n}__`, (o, [b]) =>
    // `'%s' % tok` formats the instance itself (its str), which the caller's fallback does.
    op === '%' && typeof b === 'string' ? undefined : binary(op, payloadOf(b), payloadOf(o)),
  );
  // In place on a list, dict or set value (`stack += [x]` keeps the Stack), else `a op b`.
  SPECIALS.set(`__i${n}__`, (o, [b]) => {
    const p = payloadOf(o);
    if (op === '|' && p instanceof PyOrderedDict && o !== p) return orderedDictInplaceOr(o, b);
    const r = inplace(op, p, payloadOf(b));
    return r === p && typeof p === 'object' ? o : r;
  });
}

/** The built-in type's special method `name` on the instance `o`, or undefined. */
export function payloadSpecial(o: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const m = SPECIALS.get(name);
  return m === undefined ? undefined : m(o, args);
}

/** Made once each, so that `dict.__getitem__ is dict.__getitem__`. */
const unboundMade = new Map<string, NativeMethod>();

/**
 * `T.__getitem__` and the like for a derivable built-in T, read from the type or reached by
 * `super()`: a method taking the instance first, that works on its value.
 */
export function payloadSpecialMethod(cls: PyClass, name: string): NativeMethod | undefined {
  const m = SPECIALS.get(name);
  if (m === undefined) return undefined;
  const key = `${cls.name}.${name}`;
  let made = unboundMade.get(key);
  if (made === undefined) {
    made = new NativeMethod(name, cls.name, (self: PyValue, args) => {
      const r = m(self, args);
      if (r === undefined) {
        throw typeError(`'${cls.name}' object has no special method '${name}'`);
      }
      return r;
    });
    unboundMade.set(key, made);
  }
  return made;
}

/**
 * `T.__new__` / `T.__init__` for a derivable built-in T, installed on first use. (Its other
 * special methods, `dict.__getitem__`, come from the built-in types' table,
 * builtinSpecialMethods.ts, which works on a subclass instance's value.)
 */
export function derivableTypeMember(cls: PyClass, name: string): PyValue | undefined {
  if (name !== '__new__' && name !== '__init__') return undefined;
  installConstructors(cls);
  return cls.dict.get(name);
}
