# A set of ints iterates in CPython's table order, which remembers discarded members: their
# slots hold dummies that a later add may take (the last one its probe passed), pop() resumes
# from where the last pop stopped, and difference_update drops dummies when they pile up.
seen = set()
for x in [30, 10, 50, 10, 70, 3, 99, 1024, 33]:
    seen.add(x)
print(seen)
seen.discard(10)
seen.remove(30)
print(seen, seen.pop(), seen)

ring = set()
for step in range(60):
    value = (step * 37) % 97
    if value % 3 == 0:
        ring.discard((step * 11) % 97)
    ring.add(value)
    if step % 15 == 14:
        print(sorted(ring) == sorted(set(ring)), list(ring))

lanes = {0, 32, 64, 1, 33, 65, 2, 34}
lanes.discard(32)
lanes.add(96)
lanes.discard(1)
lanes.add(129)
print(lanes, [lanes.pop() for _ in range(3)], lanes)
lanes.add(32)
lanes.add(1)
print(lanes)

grid = set()
for r in range(6):
    for c in range(6):
        grid.add(r * 32 + c)
grid.difference_update(range(0, 200, 3))
print(list(grid))
grid -= {1, 33, 65}
grid ^= {200, 1, 97}
grid.symmetric_difference_update({2, 300})
print(grid)
while len(grid) > 5:
    grid.pop()
print(grid, len(grid))
