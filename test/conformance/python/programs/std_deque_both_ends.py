from collections import deque
d = deque(maxlen=3)
for i in range(10):
    d.append(i)
print(d, len(d), bool(d), d[0], d[-1])
d.appendleft(-1); print(d)
d.extendleft([7, 8]); print(d)
e = deque(range(10)); e.rotate(3); print(e); e.rotate(-4); print(e); e.rotate(7); print(e)
e.rotate(0); e.rotate(100); print(e)
for i in range(5): e.appendleft(i * 10)
print(e, e.popleft(), e.pop(), e)
del e[0]; del e[-1]; del e[3]; print(e, len(e))
e[2] = 'x'; e[-2] = 'y'; print(e, e.index('x'), 'y' in e, e.count(4))
q = deque([1]); seen = []
while q:
    x = q.popleft(); seen.append(x)
    if x < 40: q.extend([2 * x, 2 * x + 1])
print(len(seen), seen[-5:])
z = deque()
for i in range(200): z.appendleft(i)
for i in range(150): z.popleft()
print(list(z)[:5], len(z), z == deque(range(49, -1, -1)))
for name, f in [('append', lambda d: d.append(1)), ('append+pop', lambda d: (d.append(1), d.pop())), ('setitem', lambda d: d.__setitem__(0, 9))]:
    d = deque([1, 2, 3]); it = iter(d); next(it); f(d)
    try: print(name, list(it))
    except RuntimeError as ex: print(name, ex)
w = deque(range(5), maxlen=5); w.extend(range(100, 103)); print(w)
w += [7]; print(w); print(w * 2, deque([1,2]) + deque([3]))
c = w.copy(); c.clear(); print(c, w, w.maxlen)
w.reverse(); print(w); w.remove(100); print(w); w.insert(1, 'i'); print(w)
# A breadth-first search over 200k nodes: popleft must not copy the queue each time.
n = 200000
dist = [-1] * n
dist[0] = 0
q = deque([0])
while q:
    x = q.popleft()
    for y in (2 * x + 1, 2 * x + 2):
        if y < n and dist[y] < 0:
            dist[y] = dist[x] + 1
            q.append(y)
print(max(dist), sum(dist))
window = deque(maxlen=1000)
total = 0
for i in range(100000):
    window.append(i)
    total += window[0]
print(total, len(window), window[0], window[-1])
r = deque(range(50000))
for _ in range(50000):
    r.rotate(1)
print(r[0], r[-1])
