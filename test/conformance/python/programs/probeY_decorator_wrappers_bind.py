# The wrappers CPython's decorators return are functions, so they bind as methods: a
# ContextDecorator instance (`@Tracing()`) on a method, a generator context manager used as a
# decorator (`@quiet()`), and functools.singledispatch on a method (which then dispatches on
# self, as in CPython).
import contextlib
import functools


class Tracing(contextlib.ContextDecorator):
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print("  enter", self.depth)
        return self

    def __exit__(self, *exc):
        print("  exit", self.depth)
        self.depth -= 1
        return False


@contextlib.contextmanager
def quiet(tag):
    print("  begin", tag)
    yield
    print("  end", tag)


class Layer:
    def __init__(self, w):
        self.w = w

    @Tracing()
    def forward(self, x):
        return self.w * x

    @quiet("backward")
    def backward(self, g, *, scale=1.0):
        return self.w * g * scale

    @functools.singledispatch
    def describe(arg):
        return f"generic {type(arg).__name__}"

    @describe.register(int)
    def _(arg):
        return f"int {arg}"


layer = Layer(2.5)
print(layer.forward(4))
print(layer.backward(2, scale=0.5))
print(Layer.forward(layer, 1), Layer.describe(3), Layer.describe("s"))
print(layer.describe())
print(Layer.forward.__name__, Layer.forward.__qualname__, type(Layer.__dict__["forward"]).__name__)
print(Layer.backward.__wrapped__.__name__, type(Layer.__dict__["describe"]).__name__)
print(Layer.describe.__name__, Layer.describe.__qualname__, sorted(k.__name__ for k in Layer.describe.registry))
try:
    layer.describe(1)
except TypeError as e:
    print("TypeError:", e)
