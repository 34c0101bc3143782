# Generators a loop's iterable made and handed straight to a built-in wrapper (zip, map,
# filter, enumerate, itertools' chain, islice, zip_longest…) are held by that wrapper alone:
# CPython closes them (their finally blocks run) as soon as the loop is left, before its else,
# or the consuming built-in returns, last argument first; not when a program's function got them.
import itertools
from itertools import islice, zip_longest


def gen(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("  close", name)


print("zip break")
for x in zip(gen("a"), gen("b")):
    if x[0] == 1:
        break
print("after")

print("zip shorter list")
for x in zip(gen("z"), [10, 20]):
    print(" ", x)
else:
    print("  else")
print("after")

print("enumerate break")
for i, x in enumerate(gen("e")):
    if i == 1:
        break
print("after")

print("enumerate(zip) break")
for i, (a, b) in enumerate(zip(gen("ez1"), gen("ez2"))):
    break
print("after")

print("map break")
for x in map(str, gen("m")):
    break
print("after")

print("map lambda break")
for x in map(lambda v: v * 2, gen("ml")):
    break
print("after")

print("filter break")
for x in filter(None, gen("f")):
    break
print("after")

print("islice")
for x in itertools.islice(gen("i"), 2):
    print(" ", x)
print("after")

print("chain break")
for x in itertools.chain(gen("c1"), gen("c2")):
    break
print("after")

print("chain into second")
for x in itertools.chain(gen("d1", 1), gen("d2")):
    if x == 1:
        break
print("after")


def first_even():
    for x in zip(gen("r"), "abc"):
        if x[0] == 1:
            return x
    return None


print("return", first_even())

print("exception")
try:
    for x in enumerate(gen("x")):
        raise ValueError("boom")
except ValueError as e:
    print("  caught", e)
print("after")

print("list(zip)")
print(list(zip(gen("lz"), [1])))
print("sum(map)")
print(sum(map(abs, gen("sm"))))
print("next(zip)")
print(next(zip(gen("nz"), gen("nz2"))))
print("after")

KEPT = []


def keeping_zip(*its):
    KEPT.extend(its)
    return zip(*its)


print("a program's own zip keeps them")
for x in keeping_zip(gen("k1"), gen("k2")):
    break
print("after, kept", len(KEPT))
for g in KEPT:
    print(" ", list(g))


def outer():
    print("outer starts")
    for a, b in zip(gen("o1"), "xy"):
        yield a, b
    print("outer after loop")
    for x in map(str, gen("o2")):
        yield x
        return


for v in outer():
    print(" ", v)
print("after outer")


def recurse(depth):
    for i, x in enumerate(gen(f"rec{depth}", 3)):
        if depth < 2:
            recurse(depth + 1)
        break


print("recursion")
recurse(0)
print("after recursion")

print("islice imported, zip_longest")
for x in islice(gen("isl"), 1):
    pass
for x in zip_longest(gen("zl1", 2), gen("zl2", 5)):
    if x[0] is None:
        break
print("after")

print("keyword start and strict")
for i, x in enumerate(gen("kw"), start=10):
    print(" ", i, x)
    break
try:
    for x in zip(gen("s1", 3), [1], strict=True):
        print(" ", x)
except ValueError as e:
    print("  ValueError:", e)
print("after")

print("a wrapper that fails at once")
try:
    for x in zip(gen("bad"), 5):
        pass
except TypeError as e:
    print("  TypeError:", e)

print("nested wrappers")
for x in itertools.chain(enumerate(gen("n1")), map(abs, gen("n2"))):
    if x == 2:
        break
print("after")

print("consumers")
print(max(map(abs, gen("mx"))))
print(sorted(filter(None, zip(gen("srt", 2), "ab"))))
print(next(enumerate(gen("ne")), None))
print(next(filter(lambda v: v > 5, gen("nf")), "none"))
print(any(map(lambda v: v == 1, gen("an"))))
print("takewhile", list(itertools.takewhile(lambda v: v < 2, gen("tw"))))

print("comprehensions")
print([x for x in itertools.islice(gen("lc"), 2)])
print({k: v for k, v in zip("ab", gen("dc"))})
print({x for x in zip(gen("sc"), [5])})
print([(i, c) for i, x in enumerate(gen("nested", 2)) for c in "ab"])
print("generator expressions")
print(sum(a * b for a, b in zip(gen("ge"), [1, 2])))
print(any(x[1] > 0 for x in enumerate(gen("any"))))
print(next((x for x in filter(None, gen("nx"))), None))


def bad(name):
    try:
        yield 1
        raise ValueError("inside " + name)
    finally:
        print("  close", name)

print("loop, raised in a generator")
try:
    for x in zip(gen("g1"), bad("b1")):
        pass
except ValueError as e:
    print("  caught", e)
print("list, raised in a generator")
try:
    list(zip(gen("g2"), bad("b2")))
except ValueError as e:
    print("  caught", e)
print("list, raised by the consumer")
try:
    sorted(zip(gen("g3"), [1, "a"]), key=lambda p: p[1])
except TypeError as e:
    print("  caught", e)
print("loop body raises, no as")
try:
    for x in map(abs, gen("g5")):
        raise KeyError
except KeyError:
    print("  caught")
print("end")
