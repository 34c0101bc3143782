# collections.UserDict: a MutableMapping over self.data that a subclass customizes through
# __setitem__/__getitem__/__missing__, with |, |=, copy() and the mixin methods.
from collections import UserDict
from collections.abc import MutableMapping, Mapping
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return super().__contains__(key.lower())
d = LowerDict({"A": 1}, Z=26); d["B"] = 2
print(d, d["a"], "b" in d, "B" in d, len(d), list(d), d.data, dict(d), d.get("A"), d.get("q", 0))
d.update(C=3); print(d.pop("c"), d.setdefault("D", 4), sorted(d.items()), list(d.keys()), list(d.values()))
print(isinstance(d, MutableMapping), isinstance(d, Mapping), isinstance(d, dict), d == {"a": 1, "z": 26, "b": 2, "d": 4})
del d["z"]; print(d, d.popitem(), d)
class Counts(UserDict):
    def __missing__(self, key): return 0
c = Counts(); c["x"] += 2; c["x"] += 1; print(c, c["nope"], "nope" in c)
u = UserDict(a=1) | {"b": 2}; print(u, type(u).__name__, {"z": 0} | UserDict(a=1), type({"z": 0} | UserDict(a=1)).__name__)
u |= UserDict(c=3); print(u, repr(UserDict()), UserDict([("k", "v")]), len(UserDict()))
cp = d.copy(); cp["NEW"] = 1; print(cp, d, type(cp).__name__)
plain = UserDict({"x": [1]}); plain2 = plain.copy(); plain2["y"] = 2; print(plain, plain2, plain2["x"] is plain["x"])
c.clear(); print(c, bool(c), bool(UserDict(a=1)))
try:
    UserDict()["missing"]
except KeyError as e:
    print("KeyError:", e)
class Registry(UserDict):
    def __init__(self, *a, **k):
        self.log = []
        super().__init__(*a, **k)
    def __setitem__(self, k, v):
        self.log.append(k); super().__setitem__(k, v)
r = Registry({"a": 1}, b=2); r["c"] = 3; print(r, r.log)
r2 = r.copy(); print(r2, r2.log is r.log, type(r2).__name__)
