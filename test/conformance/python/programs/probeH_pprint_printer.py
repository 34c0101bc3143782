import pprint, io, sys
from collections import Counter
data = {"users": [{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3]} for i in range(4)], "count": 4, "meta": {"z": 1, "a": 2}}
pp = pprint.PrettyPrinter(indent=4)
pp.pprint(data)
pp2 = pprint.PrettyPrinter(width=30, compact=True, sort_dicts=False)
pp2.pprint(data["meta"]); pp2.pprint(list(range(25)))
print(pp2.pformat(Counter("hello world")))
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, depth=1).pprint(data)
print(repr(buf.getvalue()))
pp3 = pprint.PrettyPrinter(2, 40, 2)
pp3.pprint(data)
print(isinstance(pp, pprint.PrettyPrinter), type(pp).__name__, pprint.PrettyPrinter.__module__)
print(sorted(vars(pp).items(), key=lambda kv: kv[0])[:3])
pp._width = 20; pp.pprint(data["meta"] | {"long": "x" * 10})
class MyPrinter(pprint.PrettyPrinter):
    def show(self, obj):
        print("=>", self.pformat(obj))
MyPrinter(width=10).show([1, 2, 3])
pprint.PrettyPrinter(underscore_numbers=True).pprint([10**6, 2**40])
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    pprint.PrettyPrinter(1, 80, None, None, False)
except TypeError as e:
    print("TypeError:", e)
try:
    pp.pprint()
except TypeError as e:
    print("TypeError:", e)
print("done")
