class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"({self.x},{self.y})"


pts = [Point(1, 2), Point(0, 0), Point(1, 2), Point(3, 1), Point(0, 0)]
unique = list(dict.fromkeys(pts))
print(unique, len(set(pts)))
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(counts)
