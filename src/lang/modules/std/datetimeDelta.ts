// datetime.timedelta as CPython's C _datetime module makes it: a whole number of microseconds
// (kept here as one bigint), built from its keyword components with C's float accumulation
// and round-half-even, shown as `1 day, 2:03:04.000005` and `datetime.timedelta(days=1, …)`.

import { floatRatio } from './fractionValue';
import { bindArgs } from '../../runtime/args';
import { hashOf } from '../../builtins/types';
import { intTrueDivide } from '../../runtime/numbers';
import {
  c3,
  NativeMethod,
  newInstanceAttrs,
  PyClass,
  PyInstance,
  PyProperty,
} from '../../runtime/objects';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { fail, typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import { typeName } from '../../runtime/typeName';
import { Builtin, PyTuple, type MethodImpl, type PyValue } from '../../runtime/values';

export const US_PER_DAY = 86400000000n;
const MAX_DAYS = 999999999n;

const DELTA_US = new WeakMap<PyInstance, bigint>();

// Named with its module, as CPython's messages name it ('datetime.timedelta'); __name__ is bare.
export const TIMEDELTA = new PyClass(
  'datetime.timedelta',
  [OBJECT],
  new Map<string, PyValue>(),
  null,
  true,
);
TIMEDELTA.mro = c3(TIMEDELTA, [OBJECT])!;
TIMEDELTA.slotNames = new Set();

/** The microseconds of a timedelta; undefined for anything else. */
export function deltaUs(v: PyValue): bigint | undefined {
  return v instanceof PyInstance ? DELTA_US.get(v) : undefined;
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};
const floorMod = (a: bigint, b: bigint): bigint => a - floorDiv(a, b) * b;

/** A timedelta of `us` microseconds, with C's OverflowError past ±999999999 days. */
export function makeDelta(us: bigint): PyInstance {
  const days = floorDiv(us, US_PER_DAY);
  if (days > MAX_DAYS || days < -MAX_DAYS) {
    throw fail('OverflowError', `days=${days}; must have magnitude <= 999999999`);
  }
  const o = new PyInstance(TIMEDELTA, newInstanceAttrs(TIMEDELTA));
  DELTA_US.set(o, us);
  return o;
}

/** (days, seconds, microseconds) of a timedelta, each as CPython normalises them. */
export function parts(us: bigint): [bigint, bigint, bigint] {
  const days = floorDiv(us, US_PER_DAY);
  const rest = us - days * US_PER_DAY;
  return [days, rest / 1000000n, rest % 1000000n];
}

/** round(x) to nearest with ties to even, of n / d (d > 0), as C's divide_nearest. */
export function divideNearest(n: bigint, d: bigint): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = floorDiv(n, d);
  const r2 = 2n * (n - q * d);
  if (r2 > d || (r2 === d && q % 2n !== 0n)) return q + 1n;
  return q;
}

/** C's accum(): an int component exactly; a float's fraction goes to `leftover`. */
function accumulate(
  tag: string,
  sofar: bigint,
  num: PyValue,
  factor: bigint,
  left: { us: number },
): bigint {
  if (typeof num === 'bigint' || typeof num === 'boolean') {
    return sofar + BigInt(num) * factor;
  }
  if (typeof num === 'number') {
    const intpart = Math.trunc(num);
    let sum = sofar + BigInt(intpart) * factor;
    const frac = num - intpart;
    if (frac === 0) return sum;
    const scaled = Number(factor) * frac;
    const whole = Math.trunc(scaled);
    sum += BigInt(whole);
    left.us += scaled - whole;
    return sum;
  }
  throw typeError(`unsupported type for timedelta ${tag} component: ${typeName(num)}`);
}

const COMPONENTS: [string, bigint][] = [
  ['microseconds', 1n],
  ['milliseconds', 1000n],
  ['seconds', 1000000n],
  ['minutes', 60000000n],
  ['hours', 3600000000n],
  ['days', US_PER_DAY],
  ['weeks', 7n * US_PER_DAY],
];
const PARAM_ORDER = [
  'days',
  'seconds',
  'microseconds',
  'milliseconds',
  'minutes',
  'hours',
  'weeks',
];

function construct(args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const given = bindArgs('timedelta', PARAM_ORDER, 0, args, kw);
  const byName = new Map(PARAM_ORDER.map((n, i) => [n, given[i]]));
  let us = 0n;
  const left = { us: 0 };
  for (const [name, factor] of COMPONENTS) {
    const v = byName.get(name);
    if (v !== undefined) us = accumulate(name, us, v, factor, left);
  }
  if (left.us !== 0) {
    let whole = Math.round(left.us);
    // Exactly halfway: C rounds to the even total, by the parity of what is summed so far.
    if (Math.abs(left.us % 1) === 0.5) {
      const odd = us % 2n !== 0n ? 1 : 0;
      whole = 2 * Math.round((left.us + odd) * 0.5) - odd;
    }
    us += BigInt(whole);
  }
  return makeDelta(us);
}
TIMEDELTA.construct = construct;

function deltaText(us: bigint): string {
  const [days, secs, micro] = parts(us);
  const hh = secs / 3600n;
  const mm = (secs % 3600n) / 60n;
  const ss = secs % 60n;
  let s = `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
  if (days !== 0n) s = `${days} day${days === 1n || days === -1n ? '' : 's'}, ${s}`;
  if (micro !== 0n) s += `.${String(micro).padStart(6, '0')}`;
  return s;
}

function deltaRepr(us: bigint): string {
  const [days, secs, micro] = parts(us);
  const shown: string[] = [];
  if (days !== 0n) shown.push(`days=${days}`);
  if (secs !== 0n) shown.push(`seconds=${secs}`);
  if (micro !== 0n) shown.push(`microseconds=${micro}`);
  return `datetime.timedelta(${shown.length === 0 ? '0' : shown.join(', ')})`;
}

/** us * x for an int or float x, as C's multiply_int_timedelta / multiply_truediv_timedelta_float. */
function scaled(us: bigint, x: PyValue, divide: boolean): PyValue {
  const zero = () => fail('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof x === 'bigint' || typeof x === 'boolean') {
    const n = BigInt(x);
    if (!divide) return makeDelta(us * n);
    if (n === 0n) throw zero();
    return makeDelta(divideNearest(us, n));
  }
  if (typeof x === 'number') {
    // float.as_integer_ratio()'s errors.
    if (Number.isNaN(x)) throw fail('ValueError', 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(x))
      throw fail('OverflowError', 'cannot convert Infinity to integer ratio');
    const r = floatRatio(x);
    if (!divide) return makeDelta(divideNearest(us * r.n, r.d));
    if (r.n === 0n) throw zero();
    return makeDelta(divideNearest(us * r.d, r.n));
  }
  return NOT_IMPLEMENTED;
}

type Impl = MethodImpl<PyInstance>;
const us = (self: PyInstance): bigint => DELTA_US.get(self)!;

function compareMethod(test: (c: number) => boolean): Impl {
  return (self, a) => {
    const other = deltaUs(a[0]);
    if (other === undefined) return NOT_IMPLEMENTED;
    const mine = us(self);
    return test(mine < other ? -1 : mine > other ? 1 : 0);
  };
}

const METHODS: [string, Impl][] = [
  ['__repr__', (self) => deltaRepr(us(self))],
  ['__str__', (self) => deltaText(us(self))],
  ['__hash__', (self) => hashOf(new PyTuple(parts(us(self))))],
  ['__bool__', (self) => us(self) !== 0n],
  ['__eq__', compareMethod((c) => c === 0)],
  ['__ne__', compareMethod((c) => c !== 0)],
  ['__lt__', compareMethod((c) => c < 0)],
  ['__le__', compareMethod((c) => c <= 0)],
  ['__gt__', compareMethod((c) => c > 0)],
  ['__ge__', compareMethod((c) => c >= 0)],
  ['__neg__', (self) => makeDelta(-us(self))],
  ['__pos__', (self) => self],
  ['__abs__', (self) => makeDelta(us(self) < 0n ? -us(self) : us(self))],
  [
    '__add__',
    (self, a) => {
      const o = deltaUs(a[0]);
      return o === undefined ? NOT_IMPLEMENTED : makeDelta(us(self) + o);
    },
  ],
  [
    '__radd__',
    (self, a) => {
      const o = deltaUs(a[0]);
      return o === undefined ? NOT_IMPLEMENTED : makeDelta(o + us(self));
    },
  ],
  [
    '__sub__',
    (self, a) => {
      const o = deltaUs(a[0]);
      return o === undefined ? NOT_IMPLEMENTED : makeDelta(us(self) - o);
    },
  ],
  [
    '__rsub__',
    (self, a) => {
      const o = deltaUs(a[0]);
      return o === undefined ? NOT_IMPLEMENTED : makeDelta(o - us(self));
    },
  ],
  ['__mul__', (self, a) => scaled(us(self), a[0], false)],
  ['__rmul__', (self, a) => scaled(us(self), a[0], false)],
  [
    '__truediv__',
    (self, a) => {
      const o = deltaUs(a[0]);
      if (o === undefined) return scaled(us(self), a[0], true);
      if (o === 0n) throw fail('ZeroDivisionError', 'division by zero');
      return intTrueDivide(us(self), o);
    },
  ],
  [
    '__floordiv__',
    (self, a) => {
      const o = deltaUs(a[0]);
      const x = a[0];
      if (o !== undefined) {
        if (o === 0n) throw fail('ZeroDivisionError', 'integer division or modulo by zero');
        return floorDiv(us(self), o);
      }
      if (typeof x === 'bigint' || typeof x === 'boolean') {
        if (BigInt(x) === 0n) throw fail('ZeroDivisionError', 'integer division or modulo by zero');
        return makeDelta(floorDiv(us(self), BigInt(x)));
      }
      return NOT_IMPLEMENTED;
    },
  ],
  [
    '__mod__',
    (self, a) => {
      const o = deltaUs(a[0]);
      if (o === undefined) return NOT_IMPLEMENTED;
      if (o === 0n) throw fail('ZeroDivisionError', 'integer division or modulo by zero');
      return makeDelta(floorMod(us(self), o));
    },
  ],
  [
    '__divmod__',
    (self, a) => {
      const o = deltaUs(a[0]);
      if (o === undefined) return NOT_IMPLEMENTED;
      if (o === 0n) throw fail('ZeroDivisionError', 'integer division or modulo by zero');
      return new PyTuple([floorDiv(us(self), o), makeDelta(floorMod(us(self), o))]);
    },
  ],
  ['total_seconds', (self) => intTrueDivide(us(self), 1000000n)],
];
for (const [name, impl] of METHODS)
  TIMEDELTA.dict.set(name, new NativeMethod(name, 'timedelta', impl));
for (const [i, name] of ['days', 'seconds', 'microseconds'].entries()) {
  TIMEDELTA.dict.set(
    name,
    readOnly(name, (self) => parts(us(self))[i]),
  );
}

/** A read-only attribute of a datetime object (a getset descriptor in C, with its message). */
export function readOnly(name: string, get: (self: PyInstance) => PyValue): PyValue {
  const refuse = new Builtin(name, (args) => {
    throw fail(
      'AttributeError',
      `attribute '${name}' of '${typeName(args[0])}' objects is not writable`,
    );
  });
  const getter = new Builtin(name, (args) => get(args[0] as PyInstance));
  return new PyProperty(getter, refuse, refuse, null, name);
}

export function timedeltaConstants(): void {
  TIMEDELTA.dict.set('min', makeDelta(-MAX_DAYS * US_PER_DAY));
  TIMEDELTA.dict.set('max', makeDelta((MAX_DAYS + 1n) * US_PER_DAY - 1n));
  TIMEDELTA.dict.set('resolution', makeDelta(1n));
}
