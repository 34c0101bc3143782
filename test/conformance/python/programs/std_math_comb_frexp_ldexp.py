import math

print(math.comb(10, 3), math.comb(3, 5), math.comb(50, 25), math.perm(6), math.perm(6, 2), math.perm(2, 3))
print(math.lcm(4, 6), math.lcm(), math.lcm(-4, 6, 10), math.lcm(0, 3))
print(math.modf(-3.25), math.modf(2.0), math.modf(-2.0), math.modf(0.5), math.modf(-0.0))
print(math.frexp(1.0), math.frexp(-0.3), math.frexp(5e-324), math.frexp(1e308), math.frexp(0.0))
print(math.ldexp(0.75, -1074), math.ldexp(1.0, 1023), math.ldexp(-3.0, 2), math.ldexp(1.0, -1080))
print(math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(1e300, 3.0), math.dist([1, 2, 3], [4, 6, 3]))
for f, a in ((math.comb, (-1, 2)), (math.perm, (3, -1)), (math.fmod, (1.0, 0.0)), (math.ldexp, (1.0, 2000))):
    try:
        f(*a)
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
