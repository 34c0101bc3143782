# Of equally close names, CPython 3.11 offers the first in dir() order, which is sorted:
# `math.tan2` is one edit from both `atan2` and `tanh`, and `atan2` comes first.
import math

angle = math.tan2(1.0, 2.0)
print(angle)
