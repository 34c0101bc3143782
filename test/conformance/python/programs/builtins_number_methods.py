print((0.0).hex(), (-0.0).hex(), (1.0).hex(), (5e-324).hex(), (1e308).hex(), float('inf').hex(), float('nan').hex(), (-2.5).hex(), (2.2250738585072014e-308).hex(), (0.1).hex())
print(float.fromhex('  -0X1.8P+1 '), float.fromhex('1p-1074'), float.fromhex('0x.8'), float.fromhex('inf'), float.fromhex('-Infinity'), float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'), float.fromhex('0x3'), float.fromhex('ff.8p-2'), float.fromhex('0x0.0000000000001p-1022'), float.fromhex('0x1p-1075'), float.fromhex('0x1.8p-1075'), float.fromhex('-0x0p0'), float.fromhex('0x1.fffffffffffffp1023'))
for s in ['0x', 'x1', '1.2.3', '0x1p', '', '0x1.fffffffffffff8p1023', '0x1p1024', 'nanx']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (True).as_integer_ratio(), True.bit_length(), (-255).bit_length(), (-5).bit_count(), True.conjugate(), (2.5).conjugate(), float('inf').is_integer())
print((5e-324).as_integer_ratio()[1] == 2 ** 1074, (3.0).as_integer_ratio(), (2.0 ** 80).as_integer_ratio(), (10 ** 30).bit_length(), (0).bit_length(), (2.0).is_integer())
for v in ['nan', 'inf']:
    try:
        float(v).as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(int.bit_length(8), float.hex(0.5), float.is_integer(2.0), bool.bit_length(True))
try:
    int.bit_length(2.0)
except TypeError as e:
    print(e)
import random
random.seed(3)
xs = [random.random() * 10 ** random.randint(-300, 300) for _ in range(200)]
print(all(float.fromhex(x.hex()) == x for x in xs), [x.hex() for x in xs[:5]], sum(x.as_integer_ratio()[0] % 97 for x in xs))
