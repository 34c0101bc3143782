class Sym:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return f"({self.name} == {getattr(other, 'name', other)})"

    __hash__ = object.__hash__


a, b = Sym("a"), Sym("b")
print(a == b, a == 3, bool(a == b))
print(a != b)
