class Value:
    __slots__ = ("data", "grad", "_prev")

    def __init__(self, data, prev=()):
        self.data = data
        self.grad = 0.0
        self._prev = prev

    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other))
        return out

    def __add__(self, other):
        return Value(self.data + other.data, (self, other))


def backward(root, rules):
    order, seen, stack = [], set(), [root]
    while stack:
        v = stack[-1]
        pending = [c for c in v._prev if c not in seen]
        if pending:
            for c in pending:
                seen.add(c)
                stack.append(c)
        else:
            stack.pop()
            if v not in order:
                order.append(v)
    root.grad = 1.0
    for v in reversed(order):
        rules(v)


def rules(v):
    if len(v._prev) == 2:
        a, b = v._prev
        a.grad += v.grad
        b.grad += v.grad


x = Value(0.001)
acc = Value(0.0)
for i in range(300):
    acc = acc + x
backward(acc, rules)
print(round(acc.data, 9), x.grad)
