import math


class Value:
    """A scalar in a graph: its operands, the op that made it, and a rule for each operand."""

    def __init__(self, data, operands=(), op="", label=""):
        self.data = float(data)
        self.grad = 0.0
        self.operands = tuple(operands)
        self.op = op
        self.label = label
        self._rules = ()

    @staticmethod
    def lift(x):
        return x if isinstance(x, Value) else Value(x)

    def _make(self, data, operands, op, rules):
        out = Value(data, operands, op)
        out._rules = rules
        return out

    def __add__(self, other):
        other = Value.lift(other)
        return self._make(self.data + other.data, (self, other), "+",
                          (lambda g: g, lambda g: g))

    def __mul__(self, other):
        other = Value.lift(other)
        return self._make(self.data * other.data, (self, other), "*",
                          (lambda g: g * other.data, lambda g: g * self.data))

    def __pow__(self, k):
        return self._make(self.data ** k, (self,), f"**{k}",
                          (lambda g: g * k * self.data ** (k - 1),))

    def tanh(self):
        t = math.tanh(self.data)
        return self._make(t, (self,), "tanh", (lambda g: g * (1 - t * t),))

    def exp(self):
        e = math.exp(self.data)
        return self._make(e, (self,), "exp", (lambda g: g * e,))

    __radd__ = __add__
    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-Value.lift(other))

    def __rsub__(self, other):
        return Value.lift(other) - self

    def __truediv__(self, other):
        return self * Value.lift(other) ** -1

    def backward(self):
        order, seen = [], set()
        stack = [(self, iter(self.operands))]
        seen.add(self)
        while stack:
            node, it = stack[-1]
            child = next(it, None)
            if child is None:
                stack.pop()
                order.append(node)
            elif child not in seen:
                seen.add(child)
                stack.append((child, iter(child.operands)))
        self.grad = 1.0
        for node in reversed(order):
            for operand, rule in zip(node.operands, node._rules):
                operand.grad += rule(node.grad)

    def __repr__(self):
        return f"Value({self.data:.6f}, grad={self.grad:.6f})"
