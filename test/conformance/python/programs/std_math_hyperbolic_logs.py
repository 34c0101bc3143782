import math
import random
random.seed(9)
xs = [random.random() * 8 - 4 for _ in range(30)] + [random.random() * 1e-6 for _ in range(5)] + [random.random() * 700 for _ in range(5)]
for fn in (math.sinh, math.cosh, math.tanh):
    print(fn.__name__, [fn(x) for x in xs])
ps = [abs(x) + 1e-300 for x in xs] + [10.0 ** k for k in range(-20, 23)] + [2.0 ** k for k in range(-1074, 1024, 37)]
for fn in (math.log2, math.log10):
    print(fn.__name__, [fn(x) for x in ps])
print(math.cosh(-1.5), math.sinh(-0.0), math.log10(1000), math.log2(1024), math.log10(5e-324))
for bad in (0.0, -1.0):
    try:
        math.log10(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    math.cosh(711)
except OverflowError as e:
    print('OverflowError:', e)
