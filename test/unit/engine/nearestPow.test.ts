import * as assert from 'node:assert/strict';
import { seededStream as stream } from './fixtures/seededStream';
import { glibcPowPositive } from '../../../src/engine/math/glibcPow';
import { nearestPow } from '../../../src/engine/math/nearestPow';
import { pow } from '../../../src/engine/math/pow';

describe('x ** 2, ** 3, ** -1, ** -2 and ** 0.5 by the nearest double when it is certain (nearestPow.ts)', () => {
  it('gives glibc pow’s exact bits whenever it answers, for most ordinary bases', () => {
    const next = stream(20261207);
    for (const y of [2, 3, -1, -2, 0.5]) {
      let answered = 0;
      const n = 60_000;
      for (let i = 0; i < n; i++) {
        // Ordinary magnitudes, then bases spread over 2^±300.
        const x = i % 2 === 0 ? next() * 10 + 1e-3 : Math.exp((next() - 0.5) * 400);
        const near = nearestPow(x, y);
        if (Number.isNaN(near)) continue;
        answered++;
        assert.ok(Object.is(near, glibcPowPositive(x, y)), `${x} ** ${y}`);
      }
      assert.ok(answered > n / 2, `y = ${y}: only ${answered} of ${n} took the short way`);
    }
  });

  it('leaves powers of two, and results near overflow or underflow, to glibc’s steps', () => {
    assert.ok(Number.isNaN(nearestPow(2 ** 10, 2)));
    assert.ok(Number.isNaN(nearestPow(0.5, -1)));
    assert.ok(Number.isNaN(nearestPow(1e300, 2)));
    assert.ok(Number.isNaN(nearestPow(1e-300, -1)));
    assert.ok(Number.isNaN(nearestPow(2 ** 10, 3)));
    assert.ok(Number.isNaN(nearestPow(1e200, 3)));
    assert.ok(Number.isNaN(nearestPow(3, 4)));
  });

  it('gives what CPython prints for x ** y', () => {
    const cases: [number, number, number][] = [
      [1.1, 2, 1.2100000000000002],
      [1.1, 3, 1.3310000000000004],
      [0.37, 3, 0.050653],
      [3.0, -1, 0.3333333333333333],
      [2.0, 0.5, 1.4142135623730951],
      [7.0, -2, 0.02040816326530612],
      [0.1, 2, 0.010000000000000002],
      [1e-300, 2, 0],
      [1e300, -1, 1e-300],
      [123.456, 0.5, 11.111075555498667],
      [0.3, -2, 11.111111111111112],
    ];
    for (const [x, y, expected] of cases) assert.equal(pow(x, y), expected, `${x} ** ${y}`);
  });
});
