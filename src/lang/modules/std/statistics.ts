// statistics: averages and spreads as CPython's module computes them. mean, variance and
// their kin sum exact fractions (statisticsExact.ts) and round once, so their digits are
// CPython's; median, mode and quantiles use the program's own `<`, `+` and `/`, so they work
// on any ordered values (a Value too). Exact sums need ints or floats: a Value there is the
// TypeError CPython gives for any class of a program ("can't convert type 'Value' ...").

import * as cr from '../../../engine/math';
import { defineAll } from '../../builtins/core';
import { binary } from '../../runtime/arith';
import { bindArgs, intArg } from '../../runtime/args';
import { hashKey, order } from '../../runtime/equality';
import { EXCEPTION_CLASSES, makeExceptionObject } from '../../runtime/exceptions';
import { collect } from '../../runtime/iteration';
import { makeNamedTupleClass } from '../../runtime/namedTuple';
import { toFloat } from '../../runtime/numbers';
import { instanceFloat } from '../../runtime/numberHooks';
import { repr, typeName } from '../../runtime/repr';
import type { TgradError } from '../../errors';
import { fail, typeError } from '../../runtime/state';
import { sortInPlace } from '../../runtime/sorting';
import { truthy } from '../../runtime/truth';
import { builtinClass } from '../../runtime/types';
import { callValue } from '../../runtime/call';
import { PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import type { StdContext } from './context';
import { fsum, naturalLog } from './math';
import { normalDistClass } from './statisticsNormalDist';
import {
  convert,
  divRatio,
  exactSum,
  sqrtRatio,
  squaredDeviations,
  type ExactSum,
  type Ratio,
} from './statisticsExact';

const STATISTICS_ERROR = builtinClass('StatisticsError', EXCEPTION_CLASSES.get('ValueError')!);
// Shown as CPython shows it: <class 'statistics.StatisticsError'>.
STATISTICS_ERROR.dict.set('__module__', 'statistics');

/** statistics.StatisticsError, a ValueError, with CPython's message. */
function statisticsError(message: string): TgradError {
  const err = fail(STATISTICS_ERROR.name, message);
  err.exception = makeExceptionObject(STATISTICS_ERROR, new PyTuple([message]));
  return err;
}

/** The one `data` argument most functions take. */
function dataArg(fname: string, args: PyValue[], kw: Kwargs): PyValue[] {
  const [data] = bindArgs(fname, ['data'], 1, args, kw);
  return collect(data!);
}

function sorted(fname: string, args: PyValue[], kw: Kwargs): PyValue[] {
  const data = dataArg(fname, args, kw);
  sortInPlace(data, null, false);
  return data;
}

/** A float as math.fsum reads it: ints, floats and what has __float__ (a Fraction). */
function real(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return toFloat(v);
  const f = instanceFloat(v);
  if (f !== undefined) return f;
  throw typeError(`must be real number, not ${typeName(v)}`);
}

function ratioOf(n: number): Ratio {
  return { n: BigInt(n), d: 1n };
}

/** The sum divided by a count, back in the data's type; a non-finite sum stays a float. */
function averaged(s: ExactSum, by: number): PyValue {
  if (s.special !== null) return s.special / by;
  return convert(divRatio(s.total, ratioOf(by)), s.type);
}

function fmean(data: PyValue[], weights: PyValue | undefined): number {
  if (weights === undefined || weights === null) {
    const total = fsum(data.map(real));
    if (data.length === 0) throw statisticsError('fmean requires at least one data point');
    return total / data.length;
  }
  const ws = collect(weights);
  const n = Math.min(data.length, ws.length);
  const products: number[] = [];
  for (let i = 0; i < n; i++) products.push(real(binary('*', data[i], ws[i])));
  const num = fsum(products);
  if (data.length !== ws.length) {
    throw statisticsError('data and weights must be the same length');
  }
  const den = fsum(ws.map(real));
  if (den === 0) throw statisticsError('sum of weights must be non-zero');
  return num / den;
}

function variance(fname: string, data: PyValue[], center: PyValue | undefined, sample: boolean) {
  let s: ExactSum;
  if (center === undefined || center === null) s = squaredDeviations(data);
  else {
    // A given mean is used as the program's arithmetic would: (x - c) * (x - c).
    s = exactSum(
      data.map((x) => {
        const d = binary('-', x, center);
        return binary('*', d, d);
      }),
    );
  }
  const least = sample ? 2 : 1;
  if (s.count < least) {
    throw statisticsError(
      `${fname} requires at least ${sample ? 'two data points' : 'one data point'}`,
    );
  }
  return { s, by: sample ? s.count - 1 : s.count };
}

function varianceFunction(fname: string, param: string, sample: boolean) {
  return (args: PyValue[], kw: Kwargs): PyValue => {
    const [data, center] = bindArgs(fname, ['data', param], 1, args, kw);
    const { s, by } = variance(fname, collect(data!), center, sample);
    return averaged(s, by);
  };
}

function deviationFunction(fname: string, param: string, sample: boolean) {
  return (args: PyValue[], kw: Kwargs): PyValue => {
    const [data, center] = bindArgs(fname, ['data', param], 1, args, kw);
    const { s, by } = variance(fname, collect(data!), center, sample);
    // CPython 3.11 asks the float sum of an inf or a nan for its numerator.
    if (s.special !== null)
      throw fail('AttributeError', "'float' object has no attribute 'numerator'");
    return sqrtRatio(divRatio(s.total, ratioOf(by)));
  };
}

/** Counts by equality (1, 1.0 and True are one value), in first-seen order, as Counter does. */
function counts(data: PyValue[]): { value: PyValue; count: number }[] {
  const seen = new Map<unknown, { value: PyValue; count: number }>();
  for (const v of data) {
    const k = hashKey(v);
    const entry = seen.get(k);
    if (entry === undefined) seen.set(k, { value: v, count: 1 });
    else entry.count++;
  }
  return [...seen.values()];
}

function quantiles(args: PyValue[], kw: Kwargs): PyValue[] {
  if (args.length > 1) {
    throw typeError(`quantiles() takes 1 positional argument but ${args.length} were given`);
  }
  const [dataArg0, nArg, methodArg] = bindArgs('quantiles', ['data', 'n', 'method'], 1, args, kw);
  const n = nArg === undefined ? 4 : Number(intArg('quantiles', 'n', nArg));
  const method = methodArg === undefined ? 'exclusive' : methodArg;
  if (n < 1) throw statisticsError('n must be at least 1');
  const data = collect(dataArg0!);
  sortInPlace(data, null, false);
  const ld = data.length;
  if (ld < 2) throw statisticsError('must have at least two data points');
  // Each cut point interpolates between two neighbours: (a*(n-delta) + b*delta) / n.
  const between = (a: PyValue, b: PyValue, delta: number): PyValue =>
    binary(
      '/',
      binary('+', binary('*', a, BigInt(n - delta)), binary('*', b, BigInt(delta))),
      BigInt(n),
    );
  const out: PyValue[] = [];
  if (method === 'inclusive') {
    const m = ld - 1;
    for (let i = 1; i < n; i++) {
      const j = Math.floor((i * m) / n);
      out.push(between(data[j], data[j + 1], (i * m) % n));
    }
    return out;
  }
  if (method === 'exclusive') {
    const m = ld + 1;
    for (let i = 1; i < n; i++) {
      const j = Math.min(Math.max(Math.floor((i * m) / n), 1), ld - 1);
      out.push(between(data[j - 1], data[j], i * m - j * n));
    }
    return out;
  }
  throw fail('ValueError', `Unknown method: ${repr(method)}`);
}

function harmonicMean(args: PyValue[], kw: Kwargs): PyValue {
  const [dataArg0, weights] = bindArgs('harmonic_mean', ['data', 'weights'], 1, args, kw);
  const data = collect(dataArg0!);
  const negative = 'harmonic mean does not support negative values';
  if (data.length < 1) throw statisticsError('harmonic_mean requires at least one data point');
  if (data.length === 1 && (weights === undefined || weights === null)) {
    const x = data[0];
    if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') {
      throw typeError('unsupported type');
    }
    if (lessThanZero(x)) throw statisticsError(negative);
    return x;
  }
  let ws: PyValue[];
  let sumWeights: Ratio;
  if (weights === undefined || weights === null) {
    ws = data.map(() => 1n);
    sumWeights = ratioOf(data.length);
  } else {
    ws = collect(weights);
    if (ws.length !== data.length) {
      throw statisticsError('Number of weights does not match data size');
    }
    for (const w of ws) if (lessThanZero(w)) throw statisticsError(negative);
    sumWeights = exactSum(ws).total;
  }
  const terms: PyValue[] = [];
  for (let i = 0; i < data.length; i++) {
    if (lessThanZero(data[i])) throw statisticsError(negative);
    const w = ws[i];
    if (!truthy(w)) terms.push(0n);
    else if (data[i] === 0n || data[i] === 0 || data[i] === false) return 0n;
    else terms.push(binary('/', w, data[i]));
  }
  const s = exactSum(terms);
  // CPython's `total <= 0`: a nan total passes it, and sum_weights / total is then nan.
  if (s.special === null ? s.total.n <= 0n : s.special <= 0) {
    throw statisticsError('Weighted sum must be positive');
  }
  if (s.special !== null) return (convert(sumWeights, 'float') as number) / s.special;
  return convert(divRatio(sumWeights, s.total), s.type);
}

/** median_grouped(data, interval=1): Lib/statistics.py 3.11, in floats. */
function medianGrouped(args: PyValue[], kw: Kwargs): PyValue {
  const [dataArg, intervalArg] = bindArgs('median_grouped', ['data', 'interval'], 1, args, kw);
  const data = collect(dataArg!);
  sortInPlace(data, null, false);
  const n = data.length;
  if (n === 0) throw statisticsError('no median for empty data');
  const x = data[Math.floor(n / 2)];
  // bisect_left and bisect_right of x: the run of values equal to the middle one.
  let i = 0;
  while (order('<', data[i], x)) i++;
  let j = i;
  while (j < n && !order('<', x, data[j])) j++;
  const asFloat = (v: PyValue): number => {
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
      return toFloat(v);
    }
    if (typeof v === 'string') throw typeError('Value cannot be converted to a float');
    const f = instanceFloat(v);
    if (f !== undefined) return f;
    throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
  };
  const interval = intervalArg === undefined ? 1 : asFloat(intervalArg);
  const L = asFloat(x) - interval / 2.0;
  return L + (interval * (n / 2 - i)) / (j - i);
}

function lessThanZero(v: PyValue): boolean {
  return order('<', v, 0n);
}

/** correlation, covariance and linear_regression: two same-length samples of at least two. */
function pairedSamples(fname: string, what: string, args: PyValue[], kw: Kwargs) {
  const rest = kw === null ? null : new Map([...kw].filter(([k]) => k !== 'proportional'));
  if (fname !== 'linear_regression' && kw !== null && kw.has('proportional')) {
    throw typeError(`${fname}() got an unexpected keyword argument 'proportional'`);
  }
  if (args.length > 2) {
    throw typeError(`${fname}() takes 2 positional arguments but ${args.length} were given`);
  }
  const [xArg, yArg] = bindArgs(fname, ['x', 'y'], 2, args, rest);
  const x = collect(xArg!);
  const y = collect(yArg!);
  const n = x.length;
  if (y.length !== n) {
    throw statisticsError(`${what} requires that both inputs have same number of data points`);
  }
  if (n < 2) throw statisticsError(`${what} requires at least two data points`);
  return { x, y, n };
}

/** Sum of (a - abar) * (b - bbar), each product as the program's arithmetic makes it. */
function coSum(a: PyValue[], abar: number, b: PyValue[], bbar: number): number {
  return fsum(a.map((ai, i) => real(binary('*', binary('-', ai, abar), binary('-', b[i], bbar)))));
}

export function statisticsModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>([
    ['StatisticsError', STATISTICS_ERROR],
    ['NormalDist', normalDistClass(s, real, statisticsError)],
  ]);
  const linearRegression = makeNamedTupleClass('LinearRegression', ['slope', 'intercept'], null);
  defineAll(m, [
    [
      'mean',
      (args, kw) => {
        const s = exactSum(dataArg('mean', args, kw));
        if (s.count < 1) throw statisticsError('mean requires at least one data point');
        return averaged(s, s.count);
      },
    ],
    [
      'fmean',
      (args, kw) => {
        const [data, weights] = bindArgs('fmean', ['data', 'weights'], 1, args, kw);
        return fmean(collect(data!), weights);
      },
    ],
    [
      'geometric_mean',
      (args, kw) => {
        const data = dataArg('geometric_mean', args, kw);
        try {
          return cr.exp(
            fmean(
              data.map((x) => naturalLog(real(x))),
              undefined,
            ),
          );
        } catch (e) {
          if (
            (e as TgradError).kind !== 'ValueError' &&
            (e as TgradError).kind !== 'StatisticsError'
          )
            throw e;
          throw statisticsError(
            'geometric mean requires a non-empty dataset containing positive numbers',
          );
        }
      },
    ],
    ['harmonic_mean', harmonicMean],
    [
      'median',
      (args, kw) => {
        const data = sorted('median', args, kw);
        const n = data.length;
        if (n === 0) throw statisticsError('no median for empty data');
        if (n % 2 === 1) return data[(n - 1) / 2];
        return binary('/', binary('+', data[n / 2 - 1], data[n / 2]), 2n);
      },
    ],
    ['median_grouped', medianGrouped],
    [
      'median_low',
      (args, kw) => {
        const data = sorted('median_low', args, kw);
        if (data.length === 0) throw statisticsError('no median for empty data');
        return data[Math.floor((data.length - 1) / 2)];
      },
    ],
    [
      'median_high',
      (args, kw) => {
        const data = sorted('median_high', args, kw);
        if (data.length === 0) throw statisticsError('no median for empty data');
        return data[Math.floor(data.length / 2)];
      },
    ],
    [
      'mode',
      (args, kw) => {
        const c = counts(dataArg('mode', args, kw));
        if (c.length === 0) throw statisticsError('no mode for empty data');
        let best = c[0];
        for (const e of c) if (e.count > best.count) best = e;
        return best.value;
      },
    ],
    [
      'multimode',
      (args, kw) => {
        const c = counts(dataArg('multimode', args, kw));
        const most = Math.max(0, ...c.map((e) => e.count));
        return c.filter((e) => e.count === most).map((e) => e.value);
      },
    ],
    ['variance', varianceFunction('variance', 'xbar', true)],
    ['pvariance', varianceFunction('pvariance', 'mu', false)],
    ['stdev', deviationFunction('stdev', 'xbar', true)],
    ['pstdev', deviationFunction('pstdev', 'mu', false)],
    ['quantiles', quantiles],
    [
      'covariance',
      (args, kw) => {
        const { x, y, n } = pairedSamples('covariance', 'covariance', args, kw);
        const xbar = fsum(x.map(real)) / n;
        const ybar = fsum(y.map(real)) / n;
        return coSum(x, xbar, y, ybar) / (n - 1);
      },
    ],
    [
      'correlation',
      (args, kw) => {
        const { x, y, n } = pairedSamples('correlation', 'correlation', args, kw);
        const xbar = fsum(x.map(real)) / n;
        const ybar = fsum(y.map(real)) / n;
        const sxy = coSum(x, xbar, y, ybar);
        const sxx = coSum(x, xbar, x, xbar);
        const syy = coSum(y, ybar, y, ybar);
        const root = Math.sqrt(sxx * syy);
        if (root === 0) throw statisticsError('at least one of the inputs is constant');
        return sxy / root;
      },
    ],
    [
      'linear_regression',
      (args, kw) => {
        const { x, y, n } = pairedSamples('linear_regression', 'linear regression', args, kw);
        const proportional = kw?.get('proportional');
        let sxy: number;
        let sxx: number;
        let xbar = 0;
        let ybar = 0;
        if (proportional !== undefined && truthy(proportional)) {
          sxy = fsum(x.map((xi, i) => real(binary('*', xi, y[i]))));
          sxx = fsum(x.map((xi) => real(binary('*', xi, xi))));
        } else {
          xbar = fsum(x.map(real)) / n;
          ybar = fsum(y.map(real)) / n;
          sxy = coSum(x, xbar, y, ybar);
          sxx = coSum(x, xbar, x, xbar);
        }
        if (sxx === 0) throw statisticsError('x is constant');
        const slope = sxy / sxx;
        const intercept =
          proportional !== undefined && truthy(proportional) ? 0 : ybar - slope * xbar;
        return callValue(linearRegression, [slope, intercept], null);
      },
    ],
  ]);
  return m;
}
