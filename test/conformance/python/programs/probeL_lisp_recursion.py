# A small Lisp whose environments subclass dict and whose eval star-unpacks each form: deep
# recursion stops where CPython's does (`k in env` and `env[k]` on a dict subclass, and
# `head, *rest = form` on a list, are checked C calls there), with the same message.
import operator as op


class Scope(dict):
    def __init__(self, names=(), values=(), parent=None):
        self.update(zip(names, values))
        self.parent = parent

    def where(self, name):
        return self if name in self else self.parent.where(name)


class Lambda:
    def __init__(self, names, body, scope):
        self.names, self.body, self.scope = names, body, scope

    def __call__(self, *values):
        return evaluate(self.body, Scope(self.names, values, self.scope))


top = Scope()
top.update({"+": op.add, "-": op.sub, "*": op.mul, "<": op.lt})


def evaluate(form, scope=top):
    if isinstance(form, str):
        return scope.where(form)[form]
    if not isinstance(form, list):
        return form
    head, *rest = form
    if head == "if":
        test, yes, no = rest
        return evaluate(yes if evaluate(test, scope) else no, scope)
    if head == "def":
        name, value = rest
        scope[name] = evaluate(value, scope)
        return None
    if head == "fn":
        names, body = rest
        return Lambda(names, body, scope)
    proc = evaluate(head, scope)
    return proc(*[evaluate(arg, scope) for arg in rest])


evaluate(["def", "sum", ["fn", ["n"], ["if", ["<", "n", 1], 0, ["+", "n", ["sum", ["-", "n", 1]]]]]])
for n in (10, 40, 400, 4000):
    try:
        print(n, evaluate(["sum", n]))
    except RecursionError as e:
        print(n, "RecursionError:", e)


class Bag(set):
    pass


class Row(list):
    pass


bag, row = Bag([1]), Row([5])


def probe(n, kind):
    if kind == "bag":
        hit = 1 in bag
    elif kind == "row":
        hit = row[0]
    else:
        hit = bag.issubset(bag)
    return probe(n + 1, kind) if hit else n


for kind in ("bag", "row", "method"):
    try:
        probe(0, kind)
    except RecursionError as e:
        print(kind, e)
