import math as m

print(m.isclose(0.1 + 0.2, 0.3), m.isnan(float("nan")), m.isinf(m.inf), m.isfinite(1e308))
print(m.factorial(10), m.gcd(12, 18), m.comb(5, 2), m.perm(5, 2), m.prod([1, 2, 3, 4]))
print(m.fsum([0.1] * 10), sum([0.1] * 10), m.degrees(m.pi), m.radians(180))
print(m.exp(-745), m.exp(709), m.log1p(1e-10), m.expm1(1e-10), m.erf(0.5))
print(m.modf(3.25), m.frexp(8.0), m.ldexp(0.5, 4), m.fmod(7, 3), m.dist((0, 0), (3, 4)))
