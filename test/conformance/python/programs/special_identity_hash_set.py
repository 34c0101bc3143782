class Node:
    def __init__(self, v):
        self.v = v


a, b, c = Node(1), Node(2), Node(3)
visited = set()
for n in [a, b, a, c, b, a]:
    if n not in visited:
        visited.add(n)
        print("visit", n.v)
print(len(visited), a in visited, Node(1) in visited)
seen = {a: "A", b: "B"}
print(seen[a], seen.get(c, "none"), hash(a) == hash(a))
children = set((a, b, a))
print(len(children), sorted(n.v for n in children))
