# repr()/str()/print of deeply nested containers counts each level against the recursion
# limit, with the Python frames running: past it, CPython's RecursionError.
def nested(depth, make):
    v = []
    for i in range(depth):
        v = make(i, v)
    return v


def deepest(make, show):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            show(nested(mid, make))
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


lists = lambda i, v: [v]
print(deepest(lists, repr), deepest(lists, str))


def at_depth(k):
    return deepest(lists, repr) if k == 0 else at_depth(k - 1)


print(at_depth(25))
try:
    print(nested(1400, lists))
except RecursionError as e:
    print("RecursionError:", e)
ring = [1]
ring.append(ring)
print(ring, str(nested(3, lists)))
print(nested(1200, lists))
