// Double-double arithmetic: a number held as the unevaluated sum hi + lo of two doubles with
// |lo| <= ulp(hi)/2, about 106 bits of precision. The correctly rounded functions of this
// folder compute in it, so that rounding the result once to a double gives the nearest double
// to the true value except in cases far rarer than one in a billion.
//
// JS has no fused multiply-add, so exact products use Dekker's splitting (valid while the
// operands stay below 2^996, which every caller here guarantees).

export type DD = readonly [hi: number, lo: number];

const SPLITTER = 134217729; // 2^27 + 1

/** a + b exactly, as [fl(a + b), error] (Knuth's TwoSum). */
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** a + b exactly when |a| >= |b| or a is 0 (Dekker's FastTwoSum). */
function fastTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

/** a·b - p exactly, for p = fl(a·b) (Dekker's splitting); a number, so nothing is allocated. */
export function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** a * b exactly, as [fl(a * b), error] (Dekker's TwoProduct). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  return [p, productError(a, b, p)];
}

export function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = fastTwoSum(s, e + t);
  return fastTwoSum(s2, e2 + f);
}

export function addNumber(a: DD, b: number): DD {
  const [s, e] = twoSum(a[0], b);
  return fastTwoSum(s, e + a[1]);
}

export function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return fastTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

export function mulNumber(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return fastTwoSum(p, e + a[1] * b);
}

export function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, neg(mulNumber(b, q1)));
  const q2 = r[0] / b[0];
  const r2 = add(r, neg(mulNumber(b, q2)));
  const q3 = r2[0] / b[0];
  return add(fastTwoSum(q1, q2), [q3, 0]);
}

export function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

/** The double nearest to hi + lo. */
export function round(a: DD): number {
  return a[0] + a[1];
}
