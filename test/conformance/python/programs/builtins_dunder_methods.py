# The special methods of built-in values: each is the operator or built-in it stands for,
# and a binary one answers NotImplemented for an operand its type does not take.

print([1, 2, 3].__len__(), 'héllo'.__len__(), {1: 2}.__len__(), (1,).__len__())
print((3).__add__(4), (3).__add__(4.0), (3).__add__('a'), (3).__add__(True))
print((3.0).__add__(4), (3).__radd__(4), (3).__rsub__(10), (2).__rpow__(3))
print((7).__floordiv__(2), (7).__mod__(3), (7).__truediv__(2), (7).__divmod__(2))
print((7).__rdivmod__(30), (2).__pow__(10), (2).__pow__(10, 1000), (2).__pow__(-1))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2))
print((True).__and__(False), (True).__or__(False), (True).__xor__(1), True & False)
print((5).__neg__(), (5).__pos__(), (5).__invert__(), (-2.5).__abs__(), (-3).__abs__())
print((0).__bool__(), (2.5).__bool__(), None.__bool__(), (7).__index__(), (True).__index__())
print((5).__float__(), (5.9).__int__(), (-5.9).__trunc__(), (5.5).__floor__(), (5.5).__ceil__())
print((2.675).__round__(2), (2.5).__round__(), (1234).__round__(-2), (7).__floor__())
print((255).__format__('x'), (3.14159).__format__('.2f'), 'ab'.__format__('>5'), [].__format__(''))

print((1).__eq__(1), (1).__eq__(1.0), (1.0).__eq__(1), (1).__eq__(True), (1).__ne__('a'))
print((1).__lt__(2), (1).__lt__(2.0), (1.5).__ge__(1), 'a'.__lt__('b'), 'a'.__eq__(1))
print([1].__lt__([2]), [1].__lt__((2,)), [1].__eq__((1,)), (1, 2).__le__((1, 2)))
print({1}.__lt__({1, 2}), {1}.__le__(frozenset([1])), {1: 2}.__eq__({1: 2}), {}.__lt__({}))
print(None.__eq__(None), None.__eq__(0), None.__ne__(0), None.__repr__())

print('ab'.__contains__('a'), [1, 2].__contains__(3), {1: 2}.__contains__(1), {3}.__contains__(3))
print('abc'.__getitem__(1), [1, 2, 3].__getitem__(slice(1, None)), {'k': 'v'}.__getitem__('k'))
print((1, 2, 3).__getitem__(-1), range(10).__getitem__(3), range(5).__len__(), range(5).__contains__(4))
print('ab'.__add__('cd'), [1].__add__([2]), (1,).__add__((2,)), 'ab'.__mul__(3), [0].__rmul__(3))
print('%s-%d'.__mod__(('x', 4)), 'a'.__rmod__(1), {1: 2}.__or__({3: 4}), {1: 2}.__or__([]))
print({1, 2}.__and__({2, 3}), {1}.__or__(frozenset([2])), {1}.__or__([2]), frozenset([1]).__sub__({1}))
print({1, 2}.__xor__({2}), {1, 2}.__rsub__({1, 2, 3}))

xs = [3, 1]
print(xs.__setitem__(0, 9), xs, xs.__delitem__(1), xs)
print(xs.__iadd__((4, 5)), xs.__imul__(2), xs)
d = {}
print(d.__setitem__('a', 1), d.__setitem__('b', 2), d, d.__delitem__('a'), d)
print(d.__ior__({'c': 3}), d)
s = {1, 2}
print(s.__iand__({2, 3}), s.__ior__({7}), s.__isub__([7]), s)

it = [10, 20, 30].__iter__()
print(it.__next__(), next(it), it.__iter__() is it, list(it))
print(list('abc'.__iter__()), list({'x': 1, 'y': 2}.__iter__()), sorted({3, 1}.__iter__()))
print(list([1, 2, 3].__reversed__()), list({'a': 1, 'b': 2}.__reversed__()), list(range(3).__reversed__()))

def gen():
    yield 1
    yield 2

g = gen()
print(g.__next__(), g.__iter__() is g, list(zip('ab', 'cd').__iter__()))

print((1).__hash__() == hash(1), 'ab'.__hash__() == hash('ab'), (1, 2).__hash__() == hash((1, 2)))
print([].__hash__, {}.__hash__, set().__hash__, frozenset().__hash__() == hash(frozenset()))
print((1).__repr__(), 'a'.__repr__(), 'a'.__str__(), [1, 'a'].__repr__(), (1.5).__repr__())
print({1: 'a'}.__repr__(), {2}.__repr__(), (1,).__repr__(), True.__repr__(), None.__str__())
print((1).__add__.__name__, 'ab'.__len__.__name__, (1).__add__.__self__, [1].__len__.__self__)
print(type((1).__add__).__name__, type({}.__getitem__).__name__, type([].__len__).__name__)

# __init__ fills a list or a set again (emptied first) and updates a dict.
ys = [1, 2]
ys.__init__('ab')
list.__init__(zs := [9], (5, 6))
d = {'a': 1}
d.__init__({'b': 2}, c=3)
dict.__init__(d, [(1, 2)])
s = {1}
s.__init__([2])
print(ys, zs, d, s, list.__init__, dict.__init__)
