# A checked built-in call (max, min, all, any, str.join, list.extend, an lru_cache wrapper,
# sorted's sort) holds a recursion level while it runs, so recursion through it stops as
# deep as CPython's does; making a generator expression enters its frame for a moment; sum,
# list, tuple, set, map and sorted's own listing of the items hold none.
from functools import lru_cache, cache


def deepest(step):
    """The largest n for which step(n) recurses without a RecursionError, and the message."""
    lo, hi, message = 0, 1200, None
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            step(mid)
            lo = mid
        except RecursionError as e:
            hi, message = mid - 1, str(e)
    return lo, message


def via_max(n):
    return 0 if n == 0 else 1 + max(via_max(k) for k in (n - 1,))


def via_min_key(n):
    return 0 if n == 0 else min([n - 1], key=via_min_key)


def via_all(n):
    return n == 0 or all(via_all(k) for k in (n - 1,))


def via_join(n):
    return "" if n == 0 else "".join(via_join(k) for k in (n - 1,))


def via_extend(n):
    out = []
    out.extend(via_extend(k) for k in range(n - 1, n) if n)
    return 0


def via_sum(n):
    return 0 if n == 0 else sum(via_sum(k) for k in (n - 1,))


def via_list(n):
    return 0 if n == 0 else list(via_list(k) for k in (n - 1,))[0]


def via_sorted(n):
    return 0 if n == 0 else sorted(via_sorted(k) for k in (n - 1,))[0]


def via_sort_key(n):
    items = [n - 1]
    if n:
        items.sort(key=via_sort_key)
    return 0


def via_map(n):
    return 0 if n == 0 else max(map(via_map, [n - 1]))


@lru_cache(maxsize=None)
def via_lru(n):
    return 0 if n == 0 else 1 + via_lru(n - 1)


@cache
def via_cache(n):
    return 0 if n == 0 else 1 + via_cache(n - 1)


def plain(n):
    return 0 if n == 0 else 1 + plain(n - 1)


steps = [via_max, via_min_key, via_all, via_join, via_extend, via_sum, via_list]
steps += [via_sorted, via_sort_key, via_map, plain]
for step in steps:
    print(step.__name__, deepest(step))
for cached in (via_lru, via_cache):
    def fresh(n, f=cached):
        f.cache_clear()
        return f(n)
    print(cached.__name__, deepest(fresh))


class Node:
    def __init__(self, kids):
        self.kids = kids

    def height(self):
        return 1 + max((k.height() for k in self.kids), default=0)


def chain(n):
    node = Node([])
    for _ in range(n):
        node = Node([node])
    return node.height()


print("height", deepest(chain))
