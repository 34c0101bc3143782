// round, divmod, pow's modular forms and ord: Python's number built-ins with its exact
// rounding (half to even) and its messages.

import { ownSpecial } from '../runtime/ownSpecial';
import { overrideOf, payloadOf } from '../runtime/builtinSubclass';
import { callValue } from '../runtime/call';
import { bind } from '../runtime/instances';
import { builtinClass } from '../runtime/types';
import { bytesData } from '../runtime/bytes';
import { intOf } from '../runtime/smallInts';
import { NOT_IMPLEMENTED } from '../runtime/special';
import { PyInstance } from '../runtime/objects';
import { bindBuiltin, exactArgs, indexArg } from '../runtime/args';
import { characters } from '../runtime/iteration';
import {
  asInt,
  floatDivmod,
  floatToInt,
  intFloorDiv,
  intMod,
  roundFloat,
  roundHalfEven,
  roundInt,
  toFloat,
} from '../runtime/numbers';
import { typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import { PyNamedTuple, PyTuple, type Kwargs, type PyValue } from '../runtime/values';

export function round(args: PyValue[], kw: Kwargs): PyValue {
  const [number, nd] = bindBuiltin('round', ['number', 'ndigits'], 1, args, kw);
  // A built-in type's subclass (float, int, OrderedDict…) that writes its own __round__.
  if (number instanceof PyInstance && number.cls.builtinBase !== null) {
    const m = overrideOf(number.cls, '__round__');
    if (m !== undefined && m !== null) {
      return callValue(bind(m, number, number.cls), nd === undefined ? [] : [nd], null);
    }
  }
  const x = payloadOf(number!);
  // CPython finds the number's __round__ first, and that method reads ndigits.
  const known = typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean';
  if (!known && !(x instanceof PyInstance || x instanceof PyNamedTuple)) {
    throw typeError(`type ${typeName(x as PyValue)} doesn't define __round__ method`);
  }
  const ndigits = !known || nd === undefined || nd === null ? null : indexArg(nd);
  if (typeof x === 'number') {
    if (ndigits === null) {
      if (Number.isNaN(x)) throw fail('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(x))
        throw fail('OverflowError', 'cannot convert float infinity to integer');
      return floatToInt(roundHalfEven(x));
    }
    return roundFloat(x, Number(ndigits));
  }
  if (typeof x === 'bigint' || typeof x === 'boolean') {
    const i = x === true ? 1n : x === false ? 0n : (x as bigint);
    return ndigits === null ? i : roundInt(i, ndigits);
  }
  const r = ownSpecial(x, '__round__', nd === undefined ? [] : [nd]);
  if (r !== undefined) return r;
  throw typeError(`type ${typeName(x as PyValue)} doesn't define __round__ method`);
}

/** x⁻¹ mod m (0 <= x < m), by the extended Euclidean algorithm, or Python's ValueError. */
function modInverse(x: bigint, m: bigint): bigint {
  let [r0, r1] = [m, x];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) {
    if (m === 1n) return 0n;
    throw fail('ValueError', 'base is not invertible for the given modulus');
  }
  return ((t0 % m) + m) % m;
}

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 0n) throw fail('ValueError', 'pow() 3rd argument cannot be 0');
  const m = mod < 0n ? -mod : mod;
  let result = 1n % m;
  let b = ((base % m) + m) % m;
  // Python 3.8+: a negative exponent raises the modular inverse to -exp.
  if (exp < 0n) b = modInverse(b, m);
  let e = exp < 0n ? -exp : exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return mod < 0n && result !== 0n ? result + mod : result;
}

/** An int for int's own arithmetic: an int, a bool, or an instance of an int subclass (IntEnum). */
function isIntLike(v: PyValue): boolean {
  return (
    typeof v === 'bigint' ||
    typeof v === 'boolean' ||
    (v instanceof PyInstance && v.cls.isSubclassOf(builtinClass('int')))
  );
}

export function divmod(args: PyValue[], kw: Kwargs): PyValue {
  exactArgs('divmod', 2, args, kw);
  const [a, b] = args;
  // An object's own __divmod__, else the other side's __rdivmod__ (fractions.Fraction's).
  const forward = ownSpecial(a, '__divmod__', [b]);
  if (forward !== undefined && forward !== NOT_IMPLEMENTED) return forward;
  const reverse = ownSpecial(b, '__rdivmod__', [a]);
  if (reverse !== undefined && reverse !== NOT_IMPLEMENTED) return reverse;
  // int's and float's own divmod: ints (an int subclass's value too), not an object's
  // __index__, which CPython's divmod() does not call.
  const pa = payloadOf(a);
  const pb = payloadOf(b);
  const ia = isIntLike(pa) ? asInt(pa) : undefined;
  const ib = isIntLike(pb) ? asInt(pb) : undefined;
  if (ia !== undefined && ib !== undefined) {
    if (ib === 0n) throw fail('ZeroDivisionError', 'integer division or modulo by zero');
    return new PyTuple([intFloorDiv(ia, ib), intMod(ia, ib)]);
  }
  const num = (v: PyValue): number => {
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return toFloat(v);
    if (isIntLike(v)) return toFloat(asInt(v)!);
    throw typeError(
      `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`,
    );
  };
  const x = num(pa);
  const y = num(pb);
  if (y === 0) throw fail('ZeroDivisionError', 'float divmod()');
  const [q, r] = floatDivmod(x, y, '//');
  return new PyTuple([q, r]);
}

/** ord(c): the code point of a one-character string (or the value of a one-byte bytes). */
export function ord(s: PyValue): PyValue {
  // One UTF-16 unit is one character, a lone surrogate too: the common case, without a split.
  if (typeof s === 'string' && s.length === 1) return intOf(s.charCodeAt(0));
  const data = bytesData(s);
  if (data !== null) {
    if (data.length !== 1) {
      throw typeError(`ord() expected a character, but string of length ${data.length} found`);
    }
    return intOf(data[0]);
  }
  if (typeof s !== 'string')
    throw typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
  const cs = characters(s);
  if (cs.length !== 1)
    throw typeError(`ord() expected a character, but string of length ${cs.length} found`);
  return intOf(cs[0].codePointAt(0)!);
}
