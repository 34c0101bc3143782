import math, random
import math as m2
import collections.abc
from math import sqrt as root, floor
import os.path as osp

print(math is m2, root(16.0), floor(1.5), osp.basename("x/y"))
print(math.__name__, random.__name__, osp.join("a", "b"))


def use_local_import():
    import json
    return json.dumps({"k": 1})


print(use_local_import())
if False:
    import urllib.request
print("branch import skipped")
