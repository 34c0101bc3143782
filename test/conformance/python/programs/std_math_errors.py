import math

for f, x in [(math.sqrt, -1), (math.log, 0), (math.log, -2), (math.acos, 2)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(3.999), type(math.floor(2.0)).__name__, math.isqrt(99))
