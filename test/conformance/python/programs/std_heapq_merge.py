# heapq.merge: lazy (each input read when the next item is asked for), stable, key= and reverse=, the comparison order of CPython's heap
import heapq
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(list(heapq.merge()), list(heapq.merge([], [5])))
print(list(heapq.merge(['b', 'dd'], ['a', 'ccc', 'e'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, 'x'), (3, 'x')], [(1, 'y'), (2, 'y')], key=lambda t: t[0])))
print(list(heapq.merge([1, 1.0, 2], [1.0, 1, 2])))
g = heapq.merge('ace', 'bdf')
print(type(g).__name__, next(g), next(g), ''.join(g))
words = ['apple', 'fig', 'kiwi', 'banana', 'date']
a = sorted(words[:3], key=len)
b = sorted(words[3:], key=len)
for w in heapq.merge(a, b, key=len):
    print(len(w), w)
def gen(start):
    print('start', start)
    yield start
    yield start + 10
m = heapq.merge(gen(1), gen(2))
print('made')
print(next(m))
print(list(m))
try:
    list(heapq.merge([1], ['a']))
except TypeError as e:
    print(e)
try:
    heapq.merge([1], keyy=len)
except TypeError as e:
    print(e)
def noisy(tag, items):
    for x in items:
        print(f'  {tag} gives {x}')
        yield x
for v in heapq.merge(noisy('A', [1, 5, 6]), noisy('B', [2, 3]), noisy('C', [4])):
    print('got', v)
for v in heapq.merge(noisy('A', [6, 1]), noisy('B', [3, 2]), reverse=True, key=lambda x: x * 10):
    print('got', v)
