from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window))
d.rotate(1)
print(d, list(reversed(d)), d[0], 2 in d)
