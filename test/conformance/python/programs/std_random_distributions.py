import random
random.seed(42)
print(random.normalvariate(), random.normalvariate(5, 2), random.lognormvariate(0, 1))
print(random.expovariate(1.5), random.triangular(), random.triangular(2, 8, 3), random.triangular(5, 5), random.triangular(5, 5, 5))
print(random.vonmisesvariate(1, 1e-9))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.0)])
print(random.betavariate(2, 3), random.betavariate(0.3, 0.7), random.paretovariate(2.5), random.weibullvariate(1, 1.5))
s = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(s)
print(a == [random.random() for _ in range(3)], s[0], len(s[1]), s[2])
random.gauss(0, 1)
s2 = random.getstate()
print(s2[2] is not None, random.gauss(0, 1) == s2[2])
r = random.Random(7)
print(r.expovariate(2), r.betavariate(1, 1), r.getstate()[1][-1])
for bad in [ [3], (3, (1, 2), None), (3, tuple([0] * 624 + [700]), None)]:
    try:
        random.setstate(bad)
    except ValueError as e:
        print("ValueError:", e)
for f, args in [(random.gammavariate, (0, 1)), (random.expovariate, (0,)), (random.paretovariate, (0,))]:
    try:
        f(*args)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print([random.gammavariate(2.5, 1) for _ in range(5)], [random.normalvariate(0, 1) for _ in range(5)])
print([random.betavariate(0.5, 0.5) for _ in range(5)], [random.weibullvariate(2, 0.5) for _ in range(5)])
print([round(random.lognormvariate(0, 0.5), 12) for _ in range(5)])
