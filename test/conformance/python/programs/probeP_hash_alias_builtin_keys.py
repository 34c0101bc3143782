# An object whose __hash__ equals a built-in key's hash and whose __eq__ says they are equal
# is that key, in both directions (the stored key's __eq__ is asked first, as CPython does).


class K:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return True


d = {1: "one"}
print(d.get(K()), K() in d, d[K()], K() in d.keys(), K() not in d)
print(K() in {1}, K() in frozenset({1, 2}))

k = K()
d2 = {k: "kk"}
print(d2.get(1), 1 in d2, d2[1], 1 in {k}, d2.get(1.0), True in d2)


class S:
    def __hash__(self):
        return hash("ab")

    def __eq__(self, other):
        return other == "ab"


print({"ab": 3}.get(S()), S() in {"ab"}, {S(): 4}.get("ab"), "ab" in {S()})


class T:
    def __hash__(self):
        return hash((1, 2))

    def __eq__(self, other):
        return other == (1, 2)


print({(1, 2): "tup"}.get(T()), T() in {(1, 2)})


class Nothing:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return NotImplemented


print({1: "x"}.get(Nothing()), Nothing() in {1}, 1 in {Nothing()})


class Log:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("  eq", self.n, type(other).__name__)
        return False


print({1: "x"}.get(Log(1)))


class Other:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        print("  other eq", type(other).__name__)
        return False


other = Other()
print({other: "x"}.get(5), 6 in {other})


class NegOne:
    def __hash__(self):
        return -1

    def __eq__(self, other):
        return other == -1


print(hash(NegOne()), {-1: "m"}.get(NegOne()), NegOne() in {-2})

s = {1, 2}
s.discard(K())
print(s)
s = {1, 2}
s.remove(K())
print(s)
s = {1}
s.add(K())
print(s, len(s))
d = {1: "a", 2: "b"}
del d[K()]
print(d)
d = {1: "a"}
d[K()] = "z"
print(d)
print(d.pop(K(), None), d)
d = {1: "a"}
print(d.setdefault(K(), "new"), d)
print({1, 2} & {K()} == {1}, {1} - {K()}, {3, 1} - {K()}, {1} | {K()})
t = {1, 2}
t -= {K()}
print(t)
print({1: "a"} == {K(): "a"}, {K(): "a"} == {1: "a"}, {K()} == {1}, {1, 2} == {K(), 2})
print([1, 2].index(K()), [1, 2].count(K()), K() in [5])
try:
    {2: "two"}[K()]
except KeyError:
    print("KeyError: no key hashing to 1")

# Building a dict keeps the first key and takes the last value, across types too.
d = {1: "a", K(): "b"}
print(len(d), list(d.items()))
d = {1: "a"}
d.update({K(): "b"})
print(len(d), list(d.items()))
d = dict([(1, "a"), (K(), "b")])
print(len(d), list(d.items()))
d = {k: v for k, v in [(1, "a"), (K(), "b")]}
print(len(d), list(d.items()))
d = {1: 0}
d[K()] += 5
print(d)

# Building a set keeps the first of equal members, across types too.
print(len({1, K()}), len(set([1, K()])), len(frozenset([K(), 1])), len({x for x in [1, K()]}))
print({1, K(), 2} == {1, 2}, set([1, K()]) == {1})
