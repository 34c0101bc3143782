rows = ["1.5", "2.25", "n/a"]
vals = []
for r in rows:
    vals.append(float(r))
    print(vals)
