// statistics.NormalDist, as CPython 3.11's pure-Python class computes it: the same float
// operations in the same order (pdf, cdf, overlap), Wichura's AS241 for inv_cdf (the
// coefficients and grouping of CPython's _statistics._normal_dist_inv_cdf), the exact mean and
// correctly rounded sample stdev of from_samples, and random.gauss (or Random(seed).gauss) for
// samples(). Its arithmetic with constants goes through the program's own operators.

import * as cr from '../../../engine/math';
import { erf } from '../../../engine/math/erf';
import { vectorNorm } from '../../../engine/math/vectorNorm';
import { binary, unary } from '../../runtime/arith';
import { bindArgs } from '../../runtime/args';
import { getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { order } from '../../runtime/equality';
import { collect } from '../../runtime/iteration';
import { intTrueDivide } from '../../runtime/numbers';
import { PyClass, PyClassMethod, type PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { tupleHash } from '../../runtime/setOrder';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { typeError } from '../../runtime/state';
import { isInstanceOf } from '../../runtime/types';
import { Builtin, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { shared, type StdContext } from './context';
import { nativeClass } from './nativeClass';
import { addRatio, divRatio, exactRatio, sqrtRatio, squaredDeviations } from './statisticsExact';
import type { TgradError } from '../../errors';

const SQRT2 = Math.sqrt(2.0);
const TAU = 2 * Math.PI;

/** Horner's rule from the highest coefficient down, as the C source nests it. */
function horner(coefficients: readonly number[], r: number): number {
  let acc = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) acc = acc * r + coefficients[i];
  return acc;
}

const CENTRAL_NUM = [
  2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987, 13731.69376550946,
  1971.5909503065513, 133.14166789178438, 3.3871328727963665,
];
const CENTRAL_DEN = [
  5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597, 5394.196021424751,
  687.1870074920579, 42.31333070160091, 1.0,
];
const NEAR_NUM = [
  0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684,
  3.6478483247632045, 5.769497221460691, 4.630337846156546, 1.4234371107496835,
];
const NEAR_DEN = [
  1.0507500716444169e-9, 0.0005475938084995345, 0.015198666563616457, 0.14810397642748008,
  0.6897673349851, 1.6763848301838038, 2.053191626637759, 1.0,
];
const TAIL_NUM = [
  2.0103343992922881e-7, 2.7115555687434876e-5, 0.0012426609473880784, 0.026532189526576124,
  0.29656057182850487, 1.7848265399172913, 5.463784911164114, 6.657904643501103,
];
const TAIL_DEN = [
  2.0442631033899397e-15, 1.421511758316446e-7, 1.8463183175100548e-5, 0.0007868691311456133,
  0.014875361290850615, 0.1369298809227358, 0.599832206555888, 1.0,
];

/** Wichura's AS241: the p-quantile of N(mu, sigma). */
function normalInvCdf(p: number, mu: number, sigma: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    const x = (horner(CENTRAL_NUM, r) * q) / horner(CENTRAL_DEN, r);
    return mu + x * sigma;
  }
  let r = q <= 0.0 ? p : 1.0 - p;
  r = Math.sqrt(-cr.log(r));
  let x: number;
  if (r <= 5.0) {
    r = r - 1.6;
    x = horner(NEAR_NUM, r) / horner(NEAR_DEN, r);
  } else {
    r = r - 5.0;
    x = horner(TAIL_NUM, r) / horner(TAIL_DEN, r);
  }
  if (q < 0.0) x = -x;
  return mu + x * sigma;
}

export function normalDistClass(
  s: StdContext,
  real: (v: PyValue) => number,
  statisticsError: (message: string) => TgradError,
): PyClass {
  const mu = (d: PyInstance): number => d.attrs._mu as number;
  const sigma = (d: PyInstance): number => d.attrs._sigma as number;
  const toFloat = (v: PyValue): number => callValue(shared(s, 'float'), [v], null) as number;
  const make = (m: PyValue, sd: PyValue): PyValue => callValue(cls, [m, sd], null);
  const isDist = (v: PyValue): v is PyInstance => isInstanceOf(v, cls);
  const oneArg = (fname: string, names: string[], args: PyValue[], kw: Kwargs): PyValue =>
    bindArgs(fname, names, 1, args, kw)[0]!;
  const cdf = (d: PyInstance, x: PyValue): number => {
    if (sigma(d) === 0) throw statisticsError('cdf() not defined when sigma is zero');
    return 0.5 * (1.0 + erf(real(binary('/', binary('-', x, mu(d)), sigma(d) * SQRT2))));
  };
  const invCdf = (d: PyInstance, p: PyValue): number => {
    if (order('<=', p, 0.0) || order('>=', p, 1.0)) {
      throw statisticsError('p must be in the range 0.0 < p < 1.0');
    }
    if (sigma(d) <= 0.0) throw statisticsError('cdf() not defined when sigma at or below zero');
    return normalInvCdf(real(p), mu(d), sigma(d));
  };
  const cls: PyClass = nativeClass({
    name: 'NormalDist',
    module: 'statistics',
    init: (self, args, kw) => {
      const [m, sd] = bindArgs('NormalDist', ['mu', 'sigma'], 0, args, kw);
      if (sd !== undefined && order('<', sd, 0.0)) {
        throw statisticsError('sigma must be non-negative');
      }
      self.attrs._mu = toFloat(m ?? 0.0);
      self.attrs._sigma = toFloat(sd ?? 1.0);
    },
    methods: [
      [
        'samples',
        (self, args, kw) => {
          const [n, seed] = bindArgs('samples', ['n', 'seed'], 1, args, kw);
          const random = s.standard('random');
          const gauss =
            seed === undefined || seed === null
              ? getAttr(random, 'gauss')
              : getAttr(callValue(getAttr(random, 'Random'), [seed], null), 'gauss');
          const out: PyValue[] = [];
          for (const i of collect(callValue(shared(s, 'range'), [n!], null))) {
            void i;
            out.push(callValue(gauss, [mu(self), sigma(self)], null));
          }
          return out;
        },
      ],
      [
        'pdf',
        (self, args, kw) => {
          const x = oneArg('pdf', ['x'], args, kw);
          const variance = sigma(self) * sigma(self);
          if (variance === 0) throw statisticsError('pdf() not defined when sigma is zero');
          const diff = binary('-', x, mu(self));
          const t = real(binary('/', binary('*', diff, diff), -2.0 * variance));
          return cr.exp(t) / Math.sqrt(TAU * variance);
        },
      ],
      ['cdf', (self, args, kw) => cdf(self, oneArg('cdf', ['x'], args, kw))],
      ['inv_cdf', (self, args, kw) => invCdf(self, oneArg('inv_cdf', ['p'], args, kw))],
      [
        'quantiles',
        (self, args, kw) => {
          const [n] = bindArgs('quantiles', ['n'], 0, args, kw);
          const count = n ?? 4n;
          const out: PyValue[] = [];
          for (const i of collect(callValue(shared(s, 'range'), [1n, count], null))) {
            out.push(invCdf(self, binary('/', i, count)));
          }
          return out;
        },
      ],
      [
        'overlap',
        (self, args, kw) => {
          const other = oneArg('overlap', ['other'], args, kw);
          if (!isDist(other)) throw typeError('Expected another NormalDist instance');
          let [X, Y] = [self, other];
          const ys = sigma(Y);
          const xs = sigma(X);
          if (ys !== xs ? ys < xs : mu(Y) < mu(X)) [X, Y] = [Y, X];
          const xVar = sigma(X) * sigma(X);
          const yVar = sigma(Y) * sigma(Y);
          if (xVar === 0 || yVar === 0) {
            throw statisticsError('overlap() not defined when sigma is zero');
          }
          const dv = yVar - xVar;
          const dm = Math.abs(mu(Y) - mu(X));
          if (dv === 0) return 1.0 - erf(dm / (2.0 * sigma(X) * SQRT2));
          const a = mu(X) * yVar - mu(Y) * xVar;
          const b = sigma(X) * sigma(Y) * Math.sqrt(dm * dm + dv * cr.log(yVar / xVar));
          const x1 = (a + b) / dv;
          const x2 = (a - b) / dv;
          return 1.0 - (Math.abs(cdf(Y, x1) - cdf(X, x1)) + Math.abs(cdf(Y, x2) - cdf(X, x2)));
        },
      ],
      [
        'zscore',
        (self, args, kw) => {
          const x = oneArg('zscore', ['x'], args, kw);
          if (sigma(self) === 0) throw statisticsError('zscore() not defined when sigma is zero');
          return binary('/', binary('-', x, mu(self)), sigma(self));
        },
      ],
      [
        '__add__',
        (self, [other]) =>
          isDist(other)
            ? make(mu(self) + mu(other), vectorNorm([sigma(self), sigma(other)]))
            : make(binary('+', mu(self), other), sigma(self)),
      ],
      [
        '__sub__',
        (self, [other]) =>
          isDist(other)
            ? make(mu(self) - mu(other), vectorNorm([sigma(self), sigma(other)]))
            : make(binary('-', mu(self), other), sigma(self)),
      ],
      ['__mul__', (self, [k]) => make(binary('*', mu(self), k), sigma(self) * Math.abs(real(k)))],
      [
        '__truediv__',
        (self, [k]) => make(binary('/', mu(self), k), sigma(self) / Math.abs(real(k))),
      ],
      ['__pos__', (self) => make(mu(self), sigma(self))],
      ['__neg__', (self) => make(-mu(self), sigma(self))],
      [
        '__rsub__',
        (self, [other]) => unary('-', callValue(getAttr(self, '__sub__'), [other], null)),
      ],
      [
        '__eq__',
        (self, [other]) =>
          isDist(other) ? mu(self) === mu(other) && sigma(self) === sigma(other) : NOT_IMPLEMENTED,
      ],
      ['__hash__', (self) => tupleHash(new PyTuple([mu(self), sigma(self)]))],
      ['__repr__', (self) => `${self.cls.name}(mu=${repr(mu(self))}, sigma=${repr(sigma(self))})`],
    ],
    properties: [
      ['mean', mu],
      ['median', mu],
      ['mode', mu],
      ['stdev', sigma],
      ['variance', (self) => sigma(self) * sigma(self)],
    ],
  });
  cls.dict.set('__radd__', cls.dict.get('__add__')!);
  cls.dict.set('__rmul__', cls.dict.get('__mul__')!);
  cls.dict.set(
    'from_samples',
    new PyClassMethod(
      new Builtin('from_samples', (args, kw) => {
        const [owner, data] = bindArgs('from_samples', ['cls', 'data'], 2, args, kw);
        // statistics._mean_stdev: the exact mean and sum of squared deviations, rounded once.
        const values = collect(data!);
        const ss = squaredDeviations(values);
        if (ss.count < 2) throw statisticsError('stdev requires at least two data points');
        if (ss.special !== null) {
          return callValue(owner!, [ss.special, ss.special / ss.special], null);
        }
        let sx = { n: 0n, d: 1n };
        for (const v of values) sx = addRatio(sx, exactRatio(v)!);
        const xbar = intTrueDivide(sx.n, sx.d * BigInt(ss.count));
        const sd = sqrtRatio(divRatio(ss.total, { n: BigInt(ss.count - 1), d: 1n }));
        return callValue(owner!, [xbar, sd], null);
      }),
    ),
  );
  return cls;
}
