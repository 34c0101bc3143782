import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.sin(1), math.cos(1), math.tan(0.5), math.atan2(1, -1), math.asin(0.5), math.acos(0.3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.pow(2, 0.5))
print(math.tanh(0.5), math.sinh(1), math.cosh(1), math.hypot(3, 4), math.copysign(2, -0.0))
