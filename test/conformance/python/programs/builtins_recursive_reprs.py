# Containers that hold themselves, as CPython shows them; and reprs without a module for
# built-in classes' instances.
from collections import OrderedDict, defaultdict, deque

od = OrderedDict(a=1)
od["me"] = od
print(od)
dd = defaultdict(list)
dd["x"] = dd
print(dd)
plain = {"k": 1}
plain["self"] = plain
print(plain, [plain])
dq = deque([1])
dq.append(dq)
print(dq)
both = [od, dd]
both.append(both)
print(both)
print(repr(object()).split(" at ")[0], str(object()).startswith("<object object at 0x"))
print(repr([].append).split(" at ")[0], repr(iter([])).split(" at ")[0])
