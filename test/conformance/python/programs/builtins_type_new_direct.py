# T.__new__(T, ...) called directly on built-in types: immutable ones take the value,
# mutable ones start empty (their __init__ fills them); bool and object have one too.
print(list.__new__(list, [1, 2]), dict.__new__(dict, a=1), set.__new__(set, [1]))
print(bool.__new__(bool), bool.__new__(bool, []), bool.__new__(bool, 2))
print(int.__new__(int, 5), float.__new__(float, "2.5"), str.__new__(str, 7), tuple.__new__(tuple, [1]))
o = object.__new__(object)
print(type(o).__name__, o == o, isinstance(o, object))


class Layer(list):
    pass


class Count(int):
    pass


print(Layer.__new__(Layer, [1, 2]), list.__new__(Layer, [3]), type(list.__new__(Layer)).__name__)
print(int.__new__(Count, 4), bool.__new__(bool, Count(0)))
checks = [
    lambda: bool.__new__(int, 1),
    lambda: bool.__new__(bool, 1, 2),
    lambda: bool.__new__(),
    lambda: bool.__new__(bool, x=1),
    lambda: object.__new__(int),
    lambda: object.__new__(object, 1),
]
for t in (int, list, str, dict, tuple, float, set, frozenset):
    checks.append(lambda t=t: t.__new__())
    checks.append(lambda t=t: t.__new__(5))
for check in checks:
    try:
        check()
    except TypeError as e:
        print(e)
print("done")
