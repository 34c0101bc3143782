# Augmented assignment to list items: counters in a grid, negative indices, floats, lists and
# strings as items, a right side that changes the list, and the errors at the item.
N = [[0] * 3 for _ in range(3)]
for a, b in [(0, 1), (1, 2), (0, 1), (2, 2), (0, 1)]:
    N[a][b] += 1
print(N)

xs = [1.5, 2, "ab", [1], (1,), 10**20]
xs[0] *= 2
xs[1] -= 5
xs[2] += "c"
xs[3] += [2]
xs[4] += (2,)
xs[-1] += 1
xs[-6] -= 0.5
print(xs)

alias = xs[3]
print(alias is xs[3], alias)


def shrink():
    ys.pop()
    return 100


ys = [1, 2, 3, 4]
ys[-1] += shrink()
print(ys)

ys = [1, 2, 3]
ys[1] += shrink()
print(ys)

zs = [5, 6]
zs[True] += 1
print(zs)

for bad in ("zs[2] += 1", "zs[-3] += 1", "zs['0'] += 1", "zs[0] += 'x'", "zs[0] /= 0"):
    try:
        exec_target = bad
        if bad == "zs[2] += 1":
            zs[2] += 1
        elif bad == "zs[-3] += 1":
            zs[-3] += 1
        elif bad == "zs['0'] += 1":
            zs["0"] += 1
        elif bad == "zs[0] += 'x'":
            zs[0] += "x"
        else:
            zs[0] /= 0
    except Exception as e:
        print(bad, "->", type(e).__name__, e)

ws = [1, 2]
ws[5] += 1
