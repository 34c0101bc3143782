# __file__ names the script; __doc__ is None without a docstring; dir() lists the names in scope.
import os

here = os.path.dirname(__file__)
print(os.path.basename(__file__), os.path.basename(os.path.join(here, "names.txt")))
print(__doc__, __name__)
print([n for n in dir() if n in ("__doc__", "__file__", "__name__", "here", "os")])


def f(a, *rest, **kw):
    b = a * 2
    return dir()


print(f(1, 2, k=3))
