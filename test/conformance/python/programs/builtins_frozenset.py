# frozenset: an immutable, hashable set. Members are built in ascending order and printed
# sorted where CPython's hash order could differ from insertion order.
from collections.abc import Hashable, MutableSet, Set

a = frozenset([1, 2, 3, 2, 1])
empty = frozenset()
print(a, empty, repr(empty), frozenset("x"), frozenset(range(3)), frozenset({4: "d"}))
print(len(a), 2 in a, 5 in a, 5 not in a, sorted(a), list(frozenset([7])), bool(empty))
print(type(a).__name__, isinstance(a, frozenset), isinstance(a, set), type(a) is frozenset)
print(isinstance(a, Set), isinstance(a, MutableSet), isinstance(a, Hashable))

# Equal to a set with the same members; hashable, so a dict key or a set member.
print(a == {1, 2, 3}, {1, 2, 3} == a, a != {1, 2}, empty == set(), a == frozenset([3, 2, 1]))
print(hash(a) == hash(frozenset([3, 2, 1])), hash(empty) == hash(frozenset([])))
seen = {a: "first", frozenset(): "empty"}
print(seen[frozenset({3, 1, 2})], seen[empty], len({a, frozenset([2, 3, 1]), empty}))
print({(frozenset([1]), "k"): 1}[(frozenset([1]), "k")], {1} in {frozenset([1])})
anagrams = {}
for word in ["listen", "silent", "enlist", "google", "banana"]:
    anagrams.setdefault(frozenset(word), []).append(word)
print(sorted(anagrams.values()))

# Operators and methods give a frozenset when the left operand is one, as CPython.
s = {2, 3, 4}
for result in (a | s, s | a, a & s, s & a, a - s, s - a, a ^ s, s ^ a):
    print(type(result).__name__, sorted(result))
for result in (a.union(s, [9]), s.union(a), a.intersection(s), a.difference([1], [2]),
               a.symmetric_difference(s), a.copy(), s.copy()):
    print(type(result).__name__, sorted(result))
print(a.copy() is a, frozenset(a) is a, set(a) == a, type(set(a)).__name__)
print(a.issubset([1, 2, 3, 4]), a.issuperset({1}), a.isdisjoint([7, 8]), a.isdisjoint(s))
print(frozenset([1]) < a, a <= {1, 2, 3}, a > {1}, a >= a, frozenset([9]) < a)

# An augmented operator binds a new frozenset: the old one is unchanged.
b = a
b |= {10}
print(b is a, sorted(a), sorted(b), type(b).__name__)

for attempt in ("add", "remove", "discard", "pop", "clear", "update"):
    try:
        getattr(a, attempt)
    except AttributeError as e:
        print("AttributeError:", e)
for make in (lambda: frozenset(1), lambda: frozenset([[1]]), lambda: frozenset([1], [2]),
             lambda: hash({1}), lambda: a.issubset(), lambda: {a: 1}[{1, 2, 3}]):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(frozenset([frozenset([1]), frozenset([1])]), str(frozenset([1])), f"{frozenset([2])}")
