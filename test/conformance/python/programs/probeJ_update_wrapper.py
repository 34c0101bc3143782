# functools.update_wrapper: a class-based decorator copies the function's name and doc onto
# its instance; assigned/updated choose what is copied; a partial has no __name__ to give.
import functools


class Tally:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        print(f"call #{self.calls} of {self.__name__}")
        return self.func(*args, **kwargs)


@Tally
def area(w, h=1):
    """Width times height."""
    return w * h


print(area(3, h=4), area(5), area.calls)
print(area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__wrapped__ is area.func)


def tagged(f):
    f.tag = "blue"
    return f


@tagged
def source():
    "source doc"


def copy_doc_only():
    pass


result = functools.update_wrapper(copy_doc_only, source, assigned=("__doc__", "nope"), updated=())
print(result is copy_doc_only, copy_doc_only.__name__, copy_doc_only.__doc__)
print(getattr(copy_doc_only, "tag", "no tag"), copy_doc_only.__wrapped__.__name__)


@functools.wraps(source, assigned=("__name__",))
def renamed():
    "own doc"


print(renamed.__name__, renamed.__doc__, renamed.tag)
try:
    functools.update_wrapper(renamed, source, assigned=(1,))
except TypeError as e:
    print("TypeError:", e)

halve = functools.partial(divmod, 7)
print(hasattr(halve, "__name__"), halve.__module__)


def forward(*args):
    return halve(*args)


functools.update_wrapper(forward, halve)
print(forward.__name__, forward.__module__, forward.__doc__.split(" - ")[0], forward(2))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
