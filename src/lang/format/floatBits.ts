// A float64's bits, read through a shared buffer (no allocation per call).
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
f64[0] = 1;
const HI = u32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** |x| = mantissa · 2^exponent exactly, for finite x (mantissa 0 for zero). */
export function exactBinary(x: number): { mantissa: bigint; exponent: number } {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const biased = (hi >>> 20) & 0x7ff;
  const top = hi & 0xfffff;
  const mantissa = (BigInt(biased === 0 ? top : top | 0x100000) << 32n) | BigInt(lo);
  return { mantissa, exponent: biased === 0 ? -1074 : biased - 1075 };
}

/**
 * The k with |x| = odd · 2^k, for finite nonzero x. A decimal rounding of x is an exact tie
 * only when k sits at one particular value, so this tells cheaply whether JS's round-half-up
 * (`toFixed`, `toExponential`) can differ from Python's round-half-even.
 */
export function lowestBitExponent(x: number): number {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const biased = (hi >>> 20) & 0x7ff;
  const base = biased === 0 ? -1074 : biased - 1075;
  if (lo !== 0) return base + 31 - Math.clz32(lo & -lo);
  const top = biased === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
  return base + 32 + 31 - Math.clz32(top & -top);
}
