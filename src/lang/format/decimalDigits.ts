import { exactFixed, exactSignificant } from './exactDecimal';
import { lowestBitExponent } from './floatBits';

// Decimal digits of a non-negative finite float, correctly rounded half-even as Python prints
// them. V8's toFixed/toExponential are exact but round ties away from zero; a tie needs the
// float's lowest set bit at one exact position, so only those inputs (and ranges the built-ins
// do not cover) take the BigInt path.

/** `ax` (>= 0) with `places` digits after the point, as `toFixed` lays it out. */
export function fixedText(ax: number, places: number): string {
  if (ax < 1e21 && places <= 100 && (ax === 0 || lowestBitExponent(ax) !== -(places + 1))) {
    return ax.toFixed(places);
  }
  return exactFixed(ax, places);
}

/** `ax` (>= 0) to `count` significant digits: `count` digits, exponent of the first one. */
export function significantDigits(ax: number, count: number): { digits: string; exp: number } {
  if (ax === 0) return { digits: '0'.repeat(count), exp: 0 };
  if (count <= 101) {
    // A tie at `count` digits means |x| = odd · 2^(E - count), E its decimal exponent.
    const tieExp = Math.floor(Math.log10(ax)) - count;
    if (Math.abs(lowestBitExponent(ax) - tieExp) > 1)
      return splitExponential(ax.toExponential(count - 1));
  }
  return exactSignificant(ax, count);
}

/** The shortest digits that read back as `ax` (>= 0), and the exponent of the first one. */
export function shortestDigits(ax: number): { digits: string; exp: number } {
  return splitExponential(ax.toExponential());
}

function splitExponential(text: string): { digits: string; exp: number } {
  const e = text.indexOf('e');
  const digits = e > 1 ? text[0] + text.slice(2, e) : text[0];
  return { digits, exp: +text.slice(e + 1) };
}
