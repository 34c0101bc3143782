# A scalar engine in the Function/ctx style (forward/backward staticmethods on ABC subclasses,
# save_for_backward, a History per result), with __eq__/__lt__ returning Scalars.
import math
from abc import ABC, abstractmethod
from typing import Any, Optional, Sequence


class Context:
    def __init__(self):
        self.saved_tensors = ()
        self.needs_input_grad = ()

    def save_for_backward(self, *args):
        self.saved_tensors = args

    def __repr__(self):
        return f"<Context saved={self.saved_tensors}>"


class Scalar:
    _next_id = 0

    def __init__(self, value: float, history: Optional["History"] = None, name: Optional[str] = None):
        Scalar._next_id += 1
        self.unique_id = Scalar._next_id
        self.data = float(value)
        self.history = history
        self.derivative: Optional[float] = None
        self.name = name if name is not None else f"s{self.unique_id}"

    def __repr__(self):
        return "Scalar(%f)" % self.data

    def __str__(self):
        return f"Scalar({self.data:.3f})"

    def __hash__(self):
        return hash(self.unique_id)

    def __eq__(self, b):
        return EQ.apply(self, b)

    def __lt__(self, b):
        return LT.apply(self, b)

    def __gt__(self, b):
        return LT.apply(b, self)

    def __add__(self, b): return Add.apply(self, b)
    def __radd__(self, b): return Add.apply(b, self)
    def __mul__(self, b): return Mul.apply(self, b)
    def __rmul__(self, b): return Mul.apply(b, self)
    def __neg__(self): return Neg.apply(self)
    def __sub__(self, b): return Add.apply(self, Neg.apply(b))
    def __truediv__(self, b): return Mul.apply(self, Inv.apply(b))
    def __rtruediv__(self, b): return Mul.apply(b, Inv.apply(self))
    def __bool__(self): return bool(self.data)

    def is_leaf(self):
        return self.history is None or self.history.last_fn is None

    @property
    def parents(self):
        return [] if self.history is None else list(self.history.inputs)

    def accumulate_derivative(self, x):
        assert self.is_leaf(), "Only leaf variables can have derivatives."
        if self.derivative is None:
            self.derivative = 0.0
        self.derivative += x

    def log(self): return Log.apply(self)
    def exp(self): return Exp.apply(self)
    def sigmoid(self): return Sigmoid.apply(self)
    def relu(self): return ReLU.apply(self)

    def backward(self, d_output=None):
        if d_output is None:
            d_output = 1.0
        backpropagate(self, d_output)


class History:
    def __init__(self, last_fn=None, ctx=None, inputs=()):
        self.last_fn = last_fn
        self.ctx = ctx
        self.inputs = inputs

    def __repr__(self):
        return f"History({self.last_fn.__name__ if self.last_fn else None}, {len(self.inputs)} inputs)"


class ScalarFunction(ABC):
    @classmethod
    def apply(cls, *vals):
        raw, scalars = [], []
        for v in vals:
            if isinstance(v, Scalar):
                scalars.append(v)
                raw.append(v.data)
            else:
                scalars.append(Scalar(v))
                raw.append(float(v))
        ctx = Context()
        c = cls.forward(ctx, *raw)
        assert isinstance(c, float), "Expected return type float got %s" % (type(c))
        return Scalar(c, History(cls, ctx, tuple(scalars)))

    @staticmethod
    @abstractmethod
    def forward(ctx, *inps): ...

    @staticmethod
    @abstractmethod
    def backward(ctx, d_out): ...

    @classmethod
    def chain_rule(cls, ctx, inputs, d_output):
        grads = cls.backward(ctx, d_output)
        if not isinstance(grads, tuple):
            grads = (grads,)
        return [(inp, g) for inp, g in zip(inputs, grads) if not isinstance(inp, (int, float))]


class Add(ScalarFunction):
    @staticmethod
    def forward(ctx, a, b): return a + b
    @staticmethod
    def backward(ctx, d): return d, d


class Mul(ScalarFunction):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return a * b
    @staticmethod
    def backward(ctx, d):
        a, b = ctx.saved_tensors
        return b * d, a * d


class Neg(ScalarFunction):
    @staticmethod
    def forward(ctx, a): return -a
    @staticmethod
    def backward(ctx, d): return -d


class Inv(ScalarFunction):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a)
        return 1.0 / a
    @staticmethod
    def backward(ctx, d):
        (a,) = ctx.saved_tensors
        return -d / (a * a)


class Log(ScalarFunction):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a)
        return math.log(a + 1e-6)
    @staticmethod
    def backward(ctx, d):
        (a,) = ctx.saved_tensors
        return d / (a + 1e-6)


class Exp(ScalarFunction):
    @staticmethod
    def forward(ctx, a):
        out = math.exp(a)
        ctx.save_for_backward(out)
        return out
    @staticmethod
    def backward(ctx, d):
        return ctx.saved_tensors[0] * d


class Sigmoid(ScalarFunction):
    @staticmethod
    def forward(ctx, a):
        s = 1.0 / (1.0 + math.exp(-a)) if a >= 0 else math.exp(a) / (1.0 + math.exp(a))
        ctx.save_for_backward(s)
        return s
    @staticmethod
    def backward(ctx, d):
        s = ctx.saved_tensors[0]
        return s * (1 - s) * d


class ReLU(ScalarFunction):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a)
        return a if a > 0 else 0.0
    @staticmethod
    def backward(ctx, d):
        return d if ctx.saved_tensors[0] > 0 else 0.0


class LT(ScalarFunction):
    @staticmethod
    def forward(ctx, a, b): return 1.0 if a < b else 0.0
    @staticmethod
    def backward(ctx, d): return 0.0, 0.0


class EQ(ScalarFunction):
    @staticmethod
    def forward(ctx, a, b): return 1.0 if a == b else 0.0
    @staticmethod
    def backward(ctx, d): return 0.0, 0.0


def topological_sort(variable):
    order, seen = [], set()
    def visit(var):
        if var.unique_id in seen or var.is_leaf() and False:
            return
        seen.add(var.unique_id)
        for p in var.parents:
            visit(p)
        order.append(var)
    visit(variable)
    return reversed(order)


def backpropagate(variable, deriv):
    derivs = {variable.unique_id: deriv}
    for var in topological_sort(variable):
        d = derivs.get(var.unique_id, 0.0)
        if var.is_leaf():
            var.accumulate_derivative(d)
            continue
        for inp, g in var.history.last_fn.chain_rule(var.history.ctx, var.history.inputs, d):
            derivs[inp.unique_id] = derivs.get(inp.unique_id, 0.0) + g


x = Scalar(0.5, name="x")
y = Scalar(-1.25, name="y")
z = (x * y + x.exp()).sigmoid() + (x - y).relu() * 3 + (x * x + 1).log() / y
print(z, repr(z), z.history, z.history.ctx)
z.backward()
print(x.derivative, y.derivative)
print(f"{x.derivative:.10f} {y.derivative:.10f}")
print(x == y, x < y, x > y, bool(x == x), x == 0.5)
print(ScalarFunction.__abstractmethods__ if False else sorted(ScalarFunction.__abstractmethods__))
try:
    ScalarFunction()
except TypeError as e:
    print(e)
try:
    z.accumulate_derivative(1.0)
except AssertionError as e:
    print("AssertionError:", e)
print(len({x, y, x}), {x: 1}[x], Scalar._next_id > 10)
items = [Scalar(v) for v in (3, 1, 2)]
print(sorted(items, key=lambda s: s.data), [str(s) for s in sorted(items, key=lambda s: -s.data)])
print(Add.apply(1, 2), Mul.apply(2.5, 4).history, Inv.backward(Context(), 1.0) if False else Neg.chain_rule(Context(), (x,), 2.0))
