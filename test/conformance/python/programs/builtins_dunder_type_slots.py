# Special methods read from the built-in types: unbound, they take the value first, and
# refuse a value of another type as CPython's descriptors do.
import functools

print(int.__add__(1, 2), list.__len__([1, 2]), str.__len__('abc'), dict.__len__({}))
print(int.__add__, str.__len__, dict.__setitem__, object.__eq__)
print(dict.__getitem__, list.__getitem__, int.__round__, float.__floor__)
print(bool.__add__, bool.__and__, object.__init__, object.__repr__, object.__hash__)
print(type(int.__add__).__name__, type(dict.__getitem__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, list.__hash__, dict.__hash__)
print(int.__add__ is int.__add__, hasattr(int, '__add__'), hasattr(int, '__len__'))
print(hasattr(list, '__iter__'), hasattr(str, '__contains__'), hasattr(float, '__index__'))

print(sorted([3, -1, 2], key=int.__neg__), list(map(str.__len__, ['a', 'bbb', 'cc'])))
print(list(map(int.__add__, [1, 2], [10, 20])), functools.reduce(int.__mul__, [1, 2, 3, 4]))
print(list(map(float.__round__, [1.5, 2.5, 3.7])), list(filter(str.__len__, ['', 'a', ''])))
d = {}
dict.__setitem__(d, 'k', 1)
list.__iadd__(xs := [1], [2])
print(d, xs, dict.__getitem__(d, 'k'), dict.__contains__(d, 'k'), set.__len__({1, 2}))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__lt__(1, 2))
print(object.__str__(5), object.__format__('ab', ''), int.__eq__(True, 1), int.__add__(True, 2))
print(tuple.__contains__((1, 2), 2), frozenset.__or__(frozenset([1]), {2}), range.__len__(range(4)))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('list.__len__(5)', lambda: list.__len__(5))
attempt('list.__len__()', lambda: list.__len__())
attempt('int.__add__(1.0, 2)', lambda: int.__add__(1.0, 2))
attempt('float.__add__(1, 2.0)', lambda: float.__add__(1, 2.0))
attempt('dict.__getitem__([], 0)', lambda: dict.__getitem__([], 0))
attempt('[].__len__(1)', lambda: [].__len__(1))
attempt('(1).__add__()', lambda: (1).__add__())
attempt('(1).__add__(1, 2)', lambda: (1).__add__(1, 2))
attempt('(1).__add__(x=1)', lambda: (1).__add__(x=1))
attempt('(1).__round__(1, 2)', lambda: (1).__round__(1, 2))
attempt('(1.5).__floor__(1)', lambda: (1.5).__floor__(1))
attempt('[].__getitem__()', lambda: [].__getitem__())
attempt('[].__reversed__(1)', lambda: [].__reversed__(1))
attempt('[].__hash__()', lambda: [].__hash__())
attempt('[1].__add__((2,))', lambda: [1].__add__((2,)))
attempt("'a'.__add__(1)", lambda: 'a'.__add__(1))
attempt("'a'.__mul__('b')", lambda: 'a'.__mul__('b'))
attempt('[1].__mul__(2.5)', lambda: [1].__mul__(2.5))
attempt('(1).__truediv__(0)', lambda: (1).__truediv__(0))
attempt('{}.__getitem__(1)', lambda: {}.__getitem__(1))
attempt('[1].__delitem__(5)', lambda: [1].__delitem__(5))
attempt("'ab'.__contains__(1)", lambda: 'ab'.__contains__(1))
attempt('{1}.__contains__([])', lambda: {1}.__contains__([]))
attempt("(float('inf')).__floor__()", lambda: (float('inf')).__floor__())
attempt("[].__format__('x')", lambda: [].__format__('x'))
attempt('(1).__iter__', lambda: (1).__iter__)
attempt('(1).__len__', lambda: (1).__len__)
attempt('int.__len__', lambda: int.__len__)
attempt('None.__len__', lambda: None.__len__)
