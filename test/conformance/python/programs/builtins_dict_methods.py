d = {"a": 1}
d.update(b=2, c=3)
d.setdefault("a", 100)
d.setdefault("z", 0)
print(d, d.get("q"), d.get("q", -1), d.pop("z"), list(d), "b" in d)
print(sorted(d.values()), {**d, "a": 10}, d.items() and True)
del d["a"]
print(d, len(d), dict.fromkeys("xy", 0))
