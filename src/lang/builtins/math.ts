// The math built-ins: pi, e, floor, ceil, and the functions that take a number or a Value
// (a Value in gives a Value out, a number gives a float, with Python's math errors). On
// numbers, exp, log, sin and cos are correctly rounded, the digits CPython's math module
// prints (V8's Math functions are a last bit off for several percent of arguments).

import { ownSpecial } from '../runtime/ownSpecial';
import { PyBuiltinInstance } from '../runtime/builtinSubclass';
import { sigmoidOf, Value } from '../../engine';
import { linspace } from '../../engine/datasets';
import * as correctlyRounded from '../../engine/math';
import { bindArgs, exactArgs } from '../runtime/args';
import { instanceFloat, instanceIndex } from '../runtime/numberHooks';
import { floatToInt, toFloat } from '../runtime/numbers';
import { typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import type { Kwargs, PyValue } from '../runtime/values';
import type { BuiltinContext } from './context';
import { defineAll, unary } from './core';
import { curveLog } from './host';

/** A float subclass's instance's float, or undefined. */
function floatPayload(v: PyValue): number | undefined {
  return v instanceof PyBuiltinInstance && typeof v.payload === 'number' ? v.payload : undefined;
}

/** A number argument as a float, or Python's TypeError naming the function. */
export function realArg(fname: string, v: PyValue, mathModule = false): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return toFloat(v);
  // A float subclass's instance is its float (CPython's PyFloat_AsDouble skips its __float__);
  // another object stands for a number by `__float__`, else `__index__` (an IntEnum member).
  const own = floatPayload(v);
  if (own !== undefined) return own;
  const f = instanceFloat(v);
  if (f !== undefined) return f;
  // The math module takes no Value, and says so as CPython's does.
  if (mathModule) throw typeError(`must be real number, not ${typeName(v)}`);
  throw typeError(`${fname}() needs a number or a Value, not '${typeName(v)}'`);
}

function domainError(): never {
  throw fail('ValueError', 'math domain error');
}

function valueOrNumber(
  name: string,
  onValue: (v: Value) => Value,
  onNumber: (x: number) => number,
  mathModule = false,
) {
  // CPython's math functions name their module in a call error ("math.sqrt() takes…").
  const qualified = mathModule ? `math.${name}` : name;
  return unary(qualified, (x) =>
    x instanceof Value ? onValue(x) : onNumber(realArg(name, x, mathModule)),
  );
}

function naturalLog(x: number): number {
  if (!(x > 0)) {
    if (Number.isNaN(x)) return x;
    domainError();
  }
  return correctlyRounded.log(x);
}

function exp(x: number): number {
  const r = correctlyRounded.exp(x);
  if (r === Infinity && Number.isFinite(x)) throw fail('OverflowError', 'math range error');
  return r;
}

function rounding(name: string, f: (x: number) => number) {
  return (args: PyValue[], kw: Kwargs): PyValue => {
    // One function for the built-in and math.floor/math.ceil: named as the math module's.
    exactArgs(`math.${name}`, 1, args, kw);
    // Python's math.floor takes whatever has __float__, and float(v) is a Value's data.
    const arg = args[0];
    const own = ownSpecial(arg, `__${name}__`, []);
    if (own !== undefined) return own;
    // An int-like object (an IntEnum member) is its int; another one with __float__ its float.
    const index = instanceIndex(arg);
    if (index !== undefined) return index;
    const x = arg instanceof Value ? arg.data : (floatPayload(arg) ?? instanceFloat(arg) ?? arg);
    if (typeof x === 'bigint') return x;
    if (typeof x === 'boolean') return x ? 1n : 0n;
    if (typeof x !== 'number') throw typeError(`must be real number, not ${typeName(x)}`);
    if (Number.isNaN(x)) throw fail('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x))
      throw fail('OverflowError', 'cannot convert float infinity to integer');
    return floatToInt(f(x));
  };
}

/**
 * The functions that take a number or a Value, as built-ins and as the math module has them:
 * the same code, but the math module refuses a non-number with CPython's message.
 */
export function valueMathFunctions(
  mathModule: boolean,
): [string, (args: PyValue[], kw: Kwargs) => PyValue][] {
  return [
    ['tanh', valueOrNumber('tanh', (v) => v.tanh(), correctlyRounded.tanh, mathModule)],
    ['exp', valueOrNumber('exp', (v) => v.exp(), exp, mathModule)],
    [
      'sqrt',
      valueOrNumber(
        'sqrt',
        (v) => v.sqrt(),
        (x) => (x < 0 ? domainError() : Math.sqrt(x)),
        mathModule,
      ),
    ],
    [
      'sin',
      valueOrNumber(
        'sin',
        (v) => v.sin(),
        (x) => (Number.isFinite(x) || Number.isNaN(x) ? correctlyRounded.sin(x) : domainError()),
        mathModule,
      ),
    ],
    [
      'cos',
      valueOrNumber(
        'cos',
        (v) => v.cos(),
        (x) => (Number.isFinite(x) || Number.isNaN(x) ? correctlyRounded.cos(x) : domainError()),
        mathModule,
      ),
    ],
  ];
}

export function mathBuiltins(ctx: BuiltinContext, into: Map<string, PyValue>): void {
  into.set('pi', Math.PI);
  into.set('e', Math.E);
  defineAll(into, [
    ['floor', rounding('floor', Math.floor)],
    ['ceil', rounding('ceil', Math.ceil)],
    [
      'relu',
      valueOrNumber(
        'relu',
        (v) => v.relu(),
        (x) => (x < 0 ? 0 : x),
      ),
    ],
    ['sigmoid', valueOrNumber('sigmoid', (v) => v.sigmoid(), sigmoidOf)],
    ...valueMathFunctions(false),
    [
      'abs',
      unary('abs', (x) => {
        switch (typeof x) {
          case 'number':
            return Math.abs(x);
          case 'bigint':
            return x < 0n ? -x : x;
          case 'boolean':
            return x ? 1n : 0n;
        }
        if (x instanceof Value) return x.abs();
        const r = ownSpecial(x, '__abs__', []);
        if (r !== undefined) return r;
        throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
      }),
    ],
    [
      'log',
      (args, kw) => {
        // log(value, name=…) and log(value, "name") draw a loss curve; log(x[, base]) is math.
        const second = args[1];
        if ((kw !== null && kw.has('name')) || typeof second === 'string')
          return curveLog(ctx, args, kw);
        const [x, base] = bindArgs('log', ['x', 'base'], 1, args, kw);
        if (x instanceof Value) {
          if (base !== undefined) throw typeError('log() of a Value takes no base');
          return x.log();
        }
        const lx = naturalLog(realArg('log', x as PyValue));
        if (base === undefined) return lx;
        const lb = naturalLog(realArg('log', base));
        if (lb === 0) throw fail('ZeroDivisionError', 'float division by zero');
        return lx / lb;
      },
    ],
    [
      'linspace',
      (args, kw) => {
        const [a, b, n] = bindArgs('linspace', ['start', 'stop', 'num'], 2, args, kw);
        const count = n === undefined ? 50 : Number(realArg('linspace', n));
        if (typeof n === 'number')
          throw typeError("'float' object cannot be interpreted as an integer");
        try {
          return linspace(
            realArg('linspace', a as PyValue),
            realArg('linspace', b as PyValue),
            count,
          );
        } catch (e) {
          if (e instanceof RangeError) throw fail('ValueError', e.message);
          throw e;
        }
      },
    ],
  ]);
}
