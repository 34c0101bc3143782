names = ["w", "b", "x"]
vals = [0.5, -1.0, 2.0]
d = dict(zip(names, vals))
print(d, list(d.items())[1], {k: v * 2 for k, v in d.items() if v > 0})
for i, (k, v) in enumerate(sorted(d.items(), key=lambda kv: kv[1]), 1):
    print(i, k, v)
