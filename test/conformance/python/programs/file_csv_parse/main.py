xs, ys = [], []
with open("moons.csv") as f:
    header = next(f).strip().split(",")
    for line in f:
        a, b, label = line.strip().split(",")
        xs.append([float(a), float(b)])
        ys.append(int(label))
print(header, len(xs), xs[1], ys)
print(sum(1 for y in ys if y == 1), max(x[0] for x in xs))
