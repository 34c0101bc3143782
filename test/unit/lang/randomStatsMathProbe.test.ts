// Probe fixes for the random, statistics and math modules: each expected output is what
// python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('random: seeds and draws CPython 3.11 accepts', () => {
  it('seeds from bytes and bytearray through SHA-512, and str with version=1', () => {
    const out = output(py`
      import random
      random.seed(b"bytes"); print(random.random())
      random.seed(bytearray(b"ab")); print(random.random())
      random.seed("abc", version=1); print(random.random())
      try:
          random.seed([1])
      except TypeError as e:
          print(e)
    `);
    assert.equal(
      out,
      '0.37075677971469856\n0.5529343013539839\n0.09639374978773074\n' +
        'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.\n',
    );
  });

  it('draws randint and randrange beyond 2 ** 53, and sample(counts=)', () => {
    const out = output(py`
      import random
      random.seed(1)
      print(random.randint(-10**20, 10**20), random.randint(2**60, 2**60 + 5))
      print(random.sample(["red", "blue"], counts=[4, 2], k=5))
    `);
    assert.equal(
      out,
      '-67464100988081586640 1152921504606846978\n' + "['red', 'red', 'blue', 'red', 'red']\n",
    );
  });
});

describe('math and statistics: CPython 3.11 digits and errors', () => {
  it('rounds hypot and dist as vector_norm does', () => {
    const out = output(py`
      import math
      print(math.hypot(*[0.1 * i for i in range(1, 40)]), math.dist((1.5, 2.5, 3.5), (-1, 7, 0.1)))
    `);
    assert.equal(out, `${[14.331782861877304, 6.1692787260748725].join(' ')}\n`);
  });

  it('logs ints too big for a float, and keeps fsum’s overflow an error', () => {
    const out = output(py`
      import math
      print(math.log2(2**1024), math.log10(10**1000), math.log(10**500, 10**250))
      try:
          math.fsum([1e308, 1e308])
      except OverflowError as e:
          print(e)
      print(math.fsum([1e308, float("inf"), 1e308]))
    `);
    assert.equal(out, '1024.0 1000.0 1.9999999999999996\nintermediate overflow in fsum\ninf\n');
  });

  it('has median_grouped and 3.11’s results for infinite data', () => {
    const out = output(py`
      import statistics
      print(statistics.median_grouped([2.5, 3.25, 5.5, 11.25], 2), statistics.harmonic_mean([float("nan"), 1.0]))
      try:
          statistics.stdev([float("inf"), 1.0])
      except AttributeError as e:
          print(e)
    `);
    assert.equal(out, "4.5 nan\n'float' object has no attribute 'numerator'\n");
  });
});

describe('math: inverse trigonometry and tan, correctly rounded', () => {
  it('gives CPython’s digits where V8’s functions are a last bit off', () => {
    const out = output(py`
      import math
      print(math.acos(-0.5240707458162173), math.acos(-0.9823585741187835))
      print(math.asin(-0.8700892857940095), math.asin(-0.2991952321061213))
      print(math.atan(-1.8515772626698808), math.atan(-1.1622940491169809))
      print(math.tan(-607398.0455100609), math.tan(-363579.05159502034))
      print(math.acos(1), math.acos(-1), math.asin(-0.0), math.atan(float("inf")), math.atan(1e300))
      print(math.atan2(2.946224313204281, -0.8079679756462426), math.atan2(5e-324, 5e-324))
    `);
    assert.equal(
      out,
      '2.122419982686417 2.9534781072395027\n' +
        '-1.0553834375799147 -0.3038491398158755\n' +
        '-1.0756010631727075 -0.8603141147342602\n' +
        '0.7134979190049949 0.695645620751045\n' +
        '0.0 3.141592653589793 -0.0 1.5707963267948966 1.5707963267948966\n' +
        '1.8384543887521343 0.7853981633974483\n',
    );
  });
});

describe('random.Random: a class', () => {
  it('is a type for isinstance, derives, and copies with its state', () => {
    const out = output(py`
      import copy, random
      class My(random.Random):
          def pick(self):
              return self.choice("abcdef")
      m = My(3)
      print(isinstance(m, random.Random), type(m).__name__, m.pick())
      c = copy.deepcopy(m)
      print(c.random() == m.random(), type(c).__name__)
    `);
    assert.equal(out, 'True My b\nTrue My\n');
  });
});

describe('random.randrange: 3.11’s deprecated float arguments', () => {
  it('takes a float equal to an int and refuses another with CPython’s ValueError', () => {
    const out = output(py`
      import random
      random.seed(12)
      print(random.randrange(10.0), random.randrange(2, 20.0, 3.0))
      for args in [(0, 10.5), (0, 10, 2.5), (1.5,)]:
          try:
              random.randrange(*args)
          except ValueError as e:
              print(e)
    `);
    assert.equal(
      out,
      '7 8\nnon-integer stop for randrange()\nnon-integer step for randrange()\n' +
        'non-integer arg 1 for randrange()\n',
    );
  });
});
