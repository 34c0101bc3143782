import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  fixedText,
  shortestDigits,
  significantDigits,
} from '../../../src/lang/format/decimalDigits';
import { exactFixed, exactSignificant } from '../../../src/lang/format/exactDecimal';
import { floatRepr } from '../../../src/lang/format';

// The fast paths trust V8's toFixed/toExponential except at exact ties; the BigInt expansion
// trusts nothing. They must agree everywhere, ties included.

const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map(Math.abs);
// Dyadic rationals with few bits: the values that land exactly halfway between decimals.
const dyadic = fc
  .tuple(fc.integer({ min: 1, max: 1 << 20 }), fc.integer({ min: -30, max: 30 }))
  .map(([m, e]) => m * 2 ** e);
const anyValue = fc.oneof(finite, dyadic);

describe('format: fast paths agree with the exact BigInt expansion', () => {
  it('fixed digits (toFixed, ties half-even)', () => {
    fc.assert(
      fc.property(anyValue, fc.integer({ min: 0, max: 40 }), (x, places) => {
        assert.equal(fixedText(x, places), exactFixed(x, places));
      }),
      { numRuns: 3000 },
    );
  });

  it('significant digits (toExponential, ties half-even)', () => {
    fc.assert(
      fc.property(anyValue, fc.integer({ min: 1, max: 40 }), (x, count) => {
        fc.pre(x !== 0);
        assert.deepEqual(significantDigits(x, count), exactSignificant(x, count));
      }),
      { numRuns: 3000 },
    );
  });

  it('shortest digits read back as the same float, and so does floatRepr', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const { digits, exp } = shortestDigits(Math.abs(x));
        assert.equal(Number(`${digits[0]}.${digits.slice(1)}e${exp}`), Math.abs(x));
        assert.ok(Object.is(Number(floatRepr(x)), x), floatRepr(x));
        const ax = Math.abs(x);
        assert.equal(floatRepr(x).includes('e'), ax !== 0 && (ax < 1e-4 || ax >= 1e16));
      }),
      { numRuns: 3000 },
    );
  });
});
