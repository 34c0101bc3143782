# Lib/random.py's own reading of arguments: randint(a, b) computes b + 1 first; randrange
# falls back on int(x) and refuses a value unequal to it; uniform and gauss fail in their
# arithmetic (gauss after drawing); sample compares 0 <= k <= n. The stream stays in step.
import random

random.seed(12)
answer = "6"  # as input() would give it
tries = [
    ("randint(1, '6')", lambda: random.randint(1, answer)),
    ("randint('1', 6)", lambda: random.randint("1", 6)),
    ("randint(1, 6.0)", lambda: random.randint(1, 6.0)),
    ("randint(1, 6.5)", lambda: random.randint(1, 6.5)),
    ("randint(1, None)", lambda: random.randint(1, None)),
    ("randint(6, 1)", lambda: random.randint(6, 1)),
    ("randrange(1, 'x')", lambda: random.randrange(1, "x")),
    ("randrange(inf)", lambda: random.randrange(float("inf"))),
    ("randrange(nan)", lambda: random.randrange(float("nan"))),
    ("randrange(0, 10, 2.0)", lambda: random.randrange(0, 10, 2.0)),
    ("uniform('1', 2)", lambda: random.uniform("1", 2)),
    ("uniform(1, None)", lambda: random.uniform(1, None)),
    ("uniform(2, 3)", lambda: random.uniform(2, 3)),
    ("gauss('0', 1)", lambda: random.gauss("0", 1)),
    ("gauss(0, '1')", lambda: random.gauss(0, "1")),
    ("gauss(10, 2)", lambda: random.gauss(10, 2)),
    ("sample(k='1')", lambda: random.sample([1, 2, 3], "1")),
    ("sample(k=2.0)", lambda: random.sample([1, 2, 3], 2.0)),
    ("sample(k=5.0)", lambda: random.sample([1, 2, 3], 5.0)),
    ("sample(k=True)", lambda: random.sample([1, 2, 3], True)),
    ("sample(counts, k=None)", lambda: random.sample("ab", None, counts=[2, 1])),
    ("sample(counts, k=2)", lambda: random.sample("ab", 2, counts=[2, 1])),
]
for what, fn in tries:
    try:
        print(what, "->", fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(what, "->", type(e).__name__ + ":", e)
print("next draw", random.random())
