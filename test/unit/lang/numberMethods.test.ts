// Methods of ints and floats as a user meets them; expected texts are CPython 3.11's.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('int and float methods', () => {
  it('gives bit lengths, exact ratios and hex texts that round-trip through fromhex', () => {
    assert.equal(
      output(py`
        print((255).bit_length(), (-5).bit_count(), True.as_integer_ratio(), (0.1).hex())
        print((0.1).as_integer_ratio(), float.fromhex('0x1.999999999999ap-4') == 0.1)
        print((5e-324).hex(), float.fromhex('0x1.00000000000018p0'), (2.0).is_integer())
      `),
      '8 2 (1, 1) 0x1.999999999999ap-4\n' +
        '(3602879701896397, 36028797018963968) True\n' +
        '0x0.0000000000001p-1022 1.0000000000000004 True\n',
    );
  });

  it("raises CPython's errors at the call", () => {
    assert.equal(
      errorOf('x = 1\ny = float("nan").as_integer_ratio()\n'),
      'ValueError: cannot convert NaN to integer ratio @2:5',
    );
    assert.equal(
      errorOf('float.fromhex("0x1p1024")\n'),
      'OverflowError: hexadecimal value too large to represent as a float @1:1',
    );
    assert.equal(
      errorOf('int.bit_length(2.0)\n'),
      "TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'float' object @1:1",
    );
  });
});
