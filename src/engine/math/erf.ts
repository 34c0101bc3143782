// erf and erfc as fdlibm computes them (s_erf.c, which glibc's and so CPython's come
// from): rational approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35) and
// beyond, with exp of a value split so the tail keeps full relative accuracy.

import { exp } from './expLog';

const erx = 8.45062911510467529297e-1;
const efx = 1.28379167095512586316e-1;
const efx8 = 1.02703333676410069053;
const pp = [
  1.28379167095512558561e-1, -3.2504210724700149937e-1, -2.84817495755985104766e-2,
  -5.77027029648944159157e-3, -2.37630166566501626084e-5,
];
const qq = [
  0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3,
  1.32494738004321644526e-4, -3.9602282787753681232e-6,
];
const pa = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1,
  3.18346619901161753674e-1, -1.10894694282396677476e-1, 3.54783043256182359371e-2,
  -2.166375594868790843e-3,
];
const qa = [
  0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2,
  1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.1984499846799107417e-2,
];
const ra = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1,
  -6.23753324503260060396e1, -1.62396669462573470355e2, -1.84605092906711035994e2,
  -8.12874355063065934246e1, -9.81432934416914548592,
];
const sa = [
  0, 1.96512716674392571292e1, 1.376577541435190426e2, 4.34565877475229228821e2,
  6.45387271733267880336e2, 4.29008140027567833386e2, 1.08635005541779435134e2,
  6.57024977031928170135, -6.04244152148580987438e-2,
];
const rb = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1,
  -1.60636384855821916062e2, -6.37566443368389627722e2, -1.02509513161107724954e3,
  -4.83519191608651397019e2,
];
const sb = [
  0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3,
  3.19985821950859553908e3, 2.55305040643316442583e3, 4.74528541206955367215e2,
  -2.24409524465858183362e1,
];

const view = new DataView(new ArrayBuffer(8));

/** x with the low 32 bits of its representation cleared (fdlibm's SET_LOW_WORD(z, 0)). */
function highWordOnly(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

// The polynomials are evaluated in glibc's grouping (pairs, then powers of the argument),
// which rounds differently from Horner's rule and is what CPython's results come from.

/** exp(-x²-0.5625) * exp((z-x)(z+x)+R/S) / x for |x| >= 1.25, the tail of erf and erfc. */
function tail(ax: number): number {
  const s = 1 / (ax * ax);
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  let R: number;
  let S: number;
  if (ax < 1 / 0.35) {
    const s8 = s4 * s4;
    R =
      ra[0] +
      s * ra[1] +
      s2 * (ra[2] + s * ra[3]) +
      s4 * (ra[4] + s * ra[5]) +
      s6 * (ra[6] + s * ra[7]);
    S =
      1 +
      s * sa[1] +
      s2 * (sa[2] + s * sa[3]) +
      s4 * (sa[4] + s * sa[5]) +
      s6 * (sa[6] + s * sa[7]) +
      s8 * sa[8];
  } else {
    R = rb[0] + s * rb[1] + s2 * (rb[2] + s * rb[3]) + s4 * (rb[4] + s * rb[5]) + s6 * rb[6];
    S =
      1 +
      s * sb[1] +
      s2 * (sb[2] + s * sb[3]) +
      s4 * (sb[4] + s * sb[5]) +
      s6 * (sb[6] + s * sb[7]);
  }
  const z = highWordOnly(ax);
  return (exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + R / S)) / ax;
}

function small(x: number): { P: number; Q: number } {
  const z = x * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  return {
    P: pp[0] + z * pp[1] + z2 * (pp[2] + z * pp[3]) + z4 * pp[4],
    Q: 1 + z * qq[1] + z2 * (qq[2] + z * qq[3]) + z4 * (qq[4] + z * qq[5]),
  };
}

function near1(ax: number): { P: number; Q: number } {
  const s = ax - 1;
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  return {
    P: pa[0] + s * pa[1] + s2 * (pa[2] + s * pa[3]) + s4 * (pa[4] + s * pa[5]) + s6 * pa[6],
    Q: 1 + s * qa[1] + s2 * (qa[2] + s * qa[3]) + s4 * (qa[4] + s * qa[5]) + s6 * qa[6],
  };
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -28) return ax < 2 ** -1015 ? 0.125 * (8 * x + efx8 * x) : x + efx * x;
    const { P, Q } = small(x);
    return x + x * (P / Q);
  }
  if (ax < 1.25) {
    const { P, Q } = near1(ax);
    return x >= 0 ? erx + P / Q : -erx - P / Q;
  }
  if (ax >= 6) return x >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const r = tail(ax);
  return x >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -56) return 1 - x;
    const { P, Q } = small(x);
    const y = x * (P / Q);
    if (x < 0.25) return 1 - (x + y);
    return 0.5 - (x - 0.5 + y);
  }
  if (ax < 1.25) {
    const { P, Q } = near1(ax);
    return x >= 0 ? 1 - erx - P / Q : 1 + (erx + P / Q);
  }
  if (ax < 28) {
    if (x < -6) return 2;
    const r = tail(ax);
    return x > 0 ? r : 2 - r;
  }
  return x > 0 ? 0 : 2;
}
