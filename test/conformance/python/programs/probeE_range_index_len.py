# range.index()/count(), `in` with an object's own __eq__, and the Py_ssize_t bound on
# len(): a huge range and a __len__ past sys.maxsize are OverflowErrors, a negative one a
# ValueError (checked first), in len() and in truth alike.
import random

steps = range(0, 10, 2)
print(steps.index(4), steps.count(4), steps.count(5), steps.count(4.0), steps.index(4.0))
print(range(1, 5).index(True), range(10, 0, -3).index(4), range(10**20).index(10**19))
print(len(range(2**63 - 1)), range(10**20)[-1], 10**19 in range(10**20))

checks = [
    ("index of a missing int", lambda: steps.index(5)),
    ("index of a missing str", lambda: steps.index("a")),
    ("index of a missing float", lambda: steps.index(4.5)),
    ("index without argument", lambda: steps.index()),
    ("count with two", lambda: steps.count(1, 2)),
    ("len of a huge range", lambda: len(range(10**20))),
    ("len at 2**63", lambda: len(range(2**63))),
    ("choice of a huge range", lambda: random.choice(range(10**20))),
    ("sample of a huge range", lambda: random.sample(range(10**20), 1)),
]
for label, thunk in checks:
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class MatchesTwo:
    def __eq__(self, other):
        return other == 2

    __hash__ = None


class Three:
    def __index__(self):
        return 3


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


m = MatchesTwo()
print(steps.index(m), steps.count(m), m in steps, m in range(3, 9))
print(len(Sized(Three())), bool(Sized(Three())), bool(Sized(0)))
for n in [2**63, -1, -(2**70), 1.0]:
    for f in (len, bool):
        try:
            print(f.__name__, f(Sized(n)))
        except Exception as e:
            print(f.__name__, "->", type(e).__name__, e)
