class Key:
    def __init__(self, name, tag):
        self.name = name
        self.tag = tag

    def __hash__(self):
        return len(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r}, {self.tag})"


d = {}
for name, tag in [("ab", 1), ("cd", 2), ("ab", 3), ("xyz", 4), ("cd", 5), ("ef", 6)]:
    d[Key(name, tag)] = d.get(Key(name, 0), 0) + tag
print(d)
print(len(d), Key("cd", 9) in d, Key("gh", 9) in d, d[Key("ef", 0)])
del d[Key("ab", 0)]
print(list(d), Key("ab", 0) in d)
s = {Key("p", 1), Key("q", 2), Key("p", 3)}
t = {Key("q", 4), Key("r", 5)}
print(len(s), sorted(k.name for k in s | t), sorted(k.name for k in s & t), sorted(k.name for k in s - t))
print(Key("q", 0) in s, s == {Key("p", 0), Key("q", 0)}, {Key("z", 1)} <= {Key("z", 2), Key("y", 3)})
seen = set()
order = []
for word in "the cat and the dog and a cat".split():
    k = Key(word, len(order))
    if k not in seen:
        seen.add(k)
        order.append(k)
print(order)
counts = {}
for word in ["aa", "bb", "aa", "cc", "bb", "aa"]:
    k = Key(word, 0)
    counts[k] = counts.get(k, 0) + 1
print(counts, max(counts.values()))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y)) % 3

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


grid = {Point(x, y): x * 10 + y for x in range(4) for y in range(4)}
print(len(grid), grid[Point(2, 3)], grid[Point(0, 0)], sum(grid.values()))
print(len({Point(i % 2, 0) for i in range(10)}), len(set(grid) - {Point(1, 1), Point(9, 9)}))
