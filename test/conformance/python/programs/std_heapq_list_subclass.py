# heapq's C functions take any list, a list subclass's instance too (PyList_Check).
import heapq


class Heap(list):
    def push(self, x):
        heapq.heappush(self, x)

    def pop(self):
        return heapq.heappop(self)


h = Heap()
for x in [5, 1, 4, 2, 3]:
    h.push(x)
print(h, len(h), type(h).__name__)
print([h.pop() for _ in range(3)], h)
h2 = Heap([9, 7, 8, 1])
heapq.heapify(h2)
print(h2, heapq.heappushpop(h2, 0), heapq.heapreplace(h2, 10), h2)
print(heapq.nsmallest(2, h2), heapq.nlargest(1, h2))
try:
    heapq.heappush((1, 2), 3)
except TypeError as e:
    print(e)
try:
    heapq.heappop({})
except TypeError as e:
    print(e)
