import { exactBinary } from './floatBits';

// Exact decimal expansion of a float64 with BigInt: |x| = m · 2^e, so |x| · 10^s is a ratio of
// integers and can be rounded half-even exactly, as Python's dtoa does. Slow next to the JS
// built-ins; used only where those cannot be trusted (exact ties, huge values, long outputs).

const powers: bigint[] = [1n];

function pow10(n: number): bigint {
  if (n < 512) {
    for (let i = powers.length; i <= n; i++) powers.push(powers[i - 1] * 10n);
    return powers[n];
  }
  return 10n ** BigInt(n);
}

/** floor(|x| · 10^scale) and its round-half-even, for finite x. */
function scaled(x: number, scale: number): { floor: bigint; rounded: bigint } {
  const { mantissa, exponent } = exactBinary(x);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  const floor = num / den;
  const twice = (num - floor * den) * 2n;
  const up = twice > den || (twice === den && (floor & 1n) === 1n);
  return { floor, rounded: up ? floor + 1n : floor };
}

/** |x| with `places` digits after the point ('12.340'; no point when places is 0). */
export function exactFixed(x: number, places: number): string {
  let text = scaled(x, places).rounded.toString();
  if (places === 0) return text;
  if (text.length <= places) text = '0'.repeat(places + 1 - text.length) + text;
  const point = text.length - places;
  return text.slice(0, point) + '.' + text.slice(point);
}

/**
 * |x| rounded to `count` significant digits, for finite nonzero x: exactly `count` digits
 * (trailing zeros kept) and the decimal exponent of the first one.
 */
export function exactSignificant(x: number, count: number): { digits: string; exp: number } {
  let exp = Math.floor(Math.log10(Math.abs(x)));
  const low = pow10(count - 1);
  const high = pow10(count);
  // log10 can be one off near powers of ten; the exact floor tells which way.
  for (;;) {
    const { floor, rounded } = scaled(x, count - 1 - exp);
    if (floor >= high) exp++;
    else if (floor < low) exp--;
    else if (rounded === high) return { digits: '1' + '0'.repeat(count - 1), exp: exp + 1 };
    else return { digits: rounded.toString(), exp };
  }
}
