# A no_grad() switch as tiny autograd libraries write it: a contextmanager, a ContextDecorator
# subclass used as a decorator, counting and logging decorators (functools.wraps), ExitStack.
import contextlib
import functools
import math


class Value:
    grad_enabled = True
    created = 0

    def __init__(self, data, parents=(), local_grads=(), name=None):
        Value.created += 1
        self.data = data
        self.grad = 0.0
        self.requires_grad = Value.grad_enabled
        self.parents = parents if Value.grad_enabled else ()
        self.local_grads = local_grads if Value.grad_enabled else ()
        self.name = name

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    __radd__ = __add__
    __rmul__ = __mul__

    def __sub__(self, other):
        return self + (-1.0) * other

    def log(self):
        return Value(math.log(self.data), (self,), (1.0 / self.data,))

    def backward(self):
        if not self.requires_grad:
            raise RuntimeError("element 0 of tensors does not require grad and does not have a grad_fn")
        order, seen = [], set()
        def build(v):
            if id(v) not in seen:
                seen.add(id(v))
                for p in v.parents:
                    build(p)
                order.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(order):
            for p, g in zip(v.parents, v.local_grads):
                p.grad += g * v.grad

    def __repr__(self):
        return f"Value({self.data!r}{', requires_grad=False' if not self.requires_grad else ''})"


@contextlib.contextmanager
def no_grad():
    prev = Value.grad_enabled
    Value.grad_enabled = False
    try:
        yield
    finally:
        Value.grad_enabled = prev


class enable_grad(contextlib.ContextDecorator):
    def __enter__(self):
        self.prev = Value.grad_enabled
        Value.grad_enabled = True
        return self

    def __exit__(self, *exc):
        Value.grad_enabled = self.prev
        return False


def counted(fn):
    calls = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def log_call(prefix="call"):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            result = fn(*args, **kwargs)
            print(f"{prefix}: {fn.__name__}({shown}) -> {result!r}")
            return result
        return inner
    return deco


@counted
def loss_fn(w, x, y):
    return (w * x - y) * (w * x - y)


@log_call(prefix="eval")
def evaluate(w, xs=(1.0, 2.0), ys=(2.0, 4.0)):
    with no_grad():
        return sum((loss_fn(w, x, y) for x, y in zip(xs, ys)), Value(0.0)).data


w = Value(0.5, name="w")
for step in range(4):
    loss = loss_fn(w, 3.0, 6.0)
    w.grad = 0.0
    loss.backward()
    w.data -= 0.02 * w.grad
    print(f"step {step} loss={loss.data:.6f} w={w.data:.6f} grad={w.grad:+.4f}")
print(evaluate(w), evaluate(Value(2.0), xs=(1.0,), ys=(2.0,)))
with no_grad():
    z = w * 2 + 1
    print(z, z.parents, Value.grad_enabled)
    with enable_grad():
        inner = w * 3
        print(inner.requires_grad, len(inner.parents))
    print(Value.grad_enabled)
print(Value.grad_enabled, loss_fn.calls, loss_fn.__name__, loss_fn.__wrapped__.__name__)
try:
    z.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with no_grad():
        raise ValueError("inside no_grad")
except ValueError as e:
    print(e, Value.grad_enabled)


@enable_grad()
def make_graph():
    return Value(1.0) * Value(2.0)


with no_grad():
    g = make_graph()
print(g.requires_grad, len(g.parents), Value.created > 20)
with contextlib.suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("never")
with contextlib.ExitStack() as stack:
    stack.enter_context(no_grad())
    stack.callback(lambda: print("callback ran", Value.grad_enabled))
    print("in stack", Value.grad_enabled)
print("after", Value.grad_enabled)
