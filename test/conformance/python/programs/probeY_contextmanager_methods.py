# contextlib.contextmanager gives back a function (functools.wraps of the generator function):
# on a class it binds as a method, so `with model.eval_mode():` passes self; it carries the
# generator function's name, qualname, doc and __wrapped__, takes attributes, and composes
# with classmethod, staticmethod and functools.wraps.
import functools
from contextlib import contextmanager


class Model:
    def __init__(self):
        self.training = True
        self.log = []

    @contextmanager
    def eval_mode(self):
        """Switch to evaluation for the block."""
        old = self.training
        self.training = False
        try:
            yield self
        finally:
            self.training = old

    @contextmanager
    def step(self, name, *, scale=1.0):
        self.log.append(f"start {name} x{scale}")
        yield len(self.log)
        self.log.append(f"end {name}")

    @classmethod
    @contextmanager
    def building(cls, size):
        yield f"{cls.__name__}[{size}]"

    @staticmethod
    @contextmanager
    def doubled(x):
        yield 2 * x


m = Model()
with m.eval_mode() as same:
    print(same is m, m.training)
print(m.training)
with m.step("fwd") as a, Model.step(m, "bwd", scale=0.5) as b:
    print(a, b)
print(m.log)
with Model.building(3) as s, m.doubled(21) as d:
    print(s, d)
print(Model.eval_mode.__name__, Model.eval_mode.__qualname__, Model.eval_mode.__doc__)
print(Model.eval_mode.__wrapped__.__name__, type(Model.eval_mode).__name__, callable(m.step))
print(type(m.eval_mode).__name__, m.eval_mode.__self__ is m, m.eval_mode.__func__ is Model.eval_mode)

Model.eval_mode.tag = "eval"
print(Model.eval_mode.tag, hasattr(Model.eval_mode, "missing"))
del Model.eval_mode.tag
print(hasattr(Model.eval_mode, "tag"))


@functools.wraps(Model.step)
def logged_step(*args, **kwargs):
    return Model.step(*args, **kwargs)


with logged_step(m, "wrapped") as n:
    print(n, logged_step.__name__, logged_step.__qualname__)
try:
    m.step()
except TypeError as e:
    print("TypeError:", e)
try:
    with m.step("x", bad=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    del Model.eval_mode.nothing
except AttributeError as e:
    print("AttributeError:", e)
