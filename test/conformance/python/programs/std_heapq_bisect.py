# heapq and bisect, with numbers, tuples and a class ordered by its own __lt__.
import bisect
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
xs = [9, 4, 7, 1, 3, 8, 2, 6]
heapq.heapify(xs)
print(xs)
print(heapq.heapreplace(xs, 5), xs)
print(heapq.heappushpop(xs, 0), heapq.heappushpop(xs, 10), xs)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(heapq.nlargest(2, [(1, "a"), (3, "b"), (3, "c")], key=lambda t: t[0]), heapq.nsmallest(0, [1]))
print(heapq.nlargest(5, iter([3, 1, 2])), heapq.nsmallest(1, [4, 2, 2]))

# A priority queue of (priority, order, task).
tasks = []
for i, (p, name) in enumerate([(2, "write"), (1, "read"), (3, "sleep"), (1, "eat")]):
    heapq.heappush(tasks, (p, i, name))
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])


class Node:
    def __init__(self, cost, name):
        self.cost = cost
        self.name = name

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return f"{self.name}:{self.cost}"


frontier = []
for cost, name in [(4, "d"), (1, "a"), (3, "c"), (2, "b")]:
    heapq.heappush(frontier, Node(cost, name))
print(frontier, heapq.heappop(frontier), heapq.nsmallest(2, frontier))

for bad in (
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappush((), 1),
    lambda: heapq.heapify(1),
    lambda: heapq.heappush([1], "a"),
    lambda: heapq.heappush([1]),
):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=1))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 0)
print(a)
records = [(1, "a"), (3, "b"), (5, "c")]
print(bisect.bisect_left(records, 3, key=lambda r: r[0]), bisect.bisect_right(records, 3, key=lambda r: r[0]))
bisect.insort(records, (4, "x"), key=lambda r: r[0])
bisect.insort_left(records, (3, "y"), key=lambda r: r[0])
print(records)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1, 2, 3), 2))
for bad in (
    lambda: bisect.bisect_left(a, 1, -1),
    lambda: bisect.bisect_right(a),
    lambda: bisect.bisect(a, 2, 0, None, None),
    lambda: bisect.bisect(1, 2),
    lambda: bisect.bisect(a, "x"),
):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
