import os

path = os.path.join("data", "table.tsv")
rows = []
with open(path) as f:
    for line in f:
        rows.append(line.rstrip("\n").split("\t"))
print(rows)
print(sum(float(r[1]) for r in rows[1:]))
