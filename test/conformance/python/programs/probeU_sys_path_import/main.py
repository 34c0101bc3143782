# An example script that puts its project's source folder on sys.path before importing the
# package, as repositories' examples/ scripts do; then a folder appended by a relative path.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import tinygrad_lite
except ModuleNotFoundError as e:
    print("not yet:", e)

sys.path.insert(0, os.path.join(HERE, "src"))
import tinygrad_lite
from tinygrad_lite import Scalar

a, b = Scalar(2.0), Scalar(-3.0)
y = a * b + a
y.backward()
print(y, a, b)
print(tinygrad_lite.__name__, os.path.relpath(tinygrad_lite.__file__, HERE))

sys.path.append("extras")
from schedules import cosine

print([round(cosine(s, 4, 0.1), 4) for s in range(5)])
print(sys.path[0] == os.path.join(HERE, "src"), sys.path[-1])
