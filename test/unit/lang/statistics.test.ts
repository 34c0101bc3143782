// statistics where the conformance programs cannot reach: the built-in Value, exactness on
// sums that floats get wrong, and the errors. Expected outputs of plain Python are what
// python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('statistics: exact sums as CPython computes them', () => {
  it('rounds a mean and a variance once, from the exact sum', () => {
    const out = output(py`
      import statistics
      print(statistics.mean([1e20, 1.0, -1e20]), (1e20 + 1.0 - 1e20) / 3)
      print(statistics.mean([0.1] * 10), statistics.variance([0.1, 0.2, 0.3]))
      print(statistics.stdev([1e-5, 1.0, 1e5]), statistics.pstdev([1, 2, 3, 4]))
      print(statistics.mean([1, 2, 3]), statistics.mean([1, 2]), statistics.mean([True, True]))
    `);
    assert.equal(
      out,
      '0.3333333333333333 0.0\n' +
        '0.1 0.009999999999999998\n' +
        '57734.73824310626 1.118033988749895\n' +
        '2 1.5 1\n',
    );
  });

  it('takes medians and modes of Values, and refuses them an exact sum with CPython’s message', () => {
    const out = output(py`
      import statistics
      vs = [Value(3.0), Value(1.0), Value(2.0)]
      print(statistics.median(vs).data, statistics.mode(vs).data)
      try:
          statistics.mean(vs)
      except TypeError as e:
          print(e)
    `);
    assert.equal(out, "2.0 3.0\ncan't convert type 'Value' to numerator/denominator\n");
  });

  it('raises StatisticsError, a ValueError, with CPython’s messages', () => {
    assert.equal(
      errorOf('import statistics\nstatistics.variance([1])\n'),
      'StatisticsError: variance requires at least two data points @2:1',
    );
    assert.equal(
      errorOf('import statistics\nstatistics.quantiles([1, 2], n=0)\n'),
      'StatisticsError: n must be at least 1 @2:1',
    );
    const out = output(py`
      import statistics
      try:
          statistics.mode([])
      except ValueError as e:
          print(type(e).__name__, e)
    `);
    assert.equal(out, 'StatisticsError no mode for empty data\n');
  });
});
