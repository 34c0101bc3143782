class Graph:
    def __init__(self):
        self.edges = {}

    def add(self, a, b):
        self.edges.setdefault(a, []).append(b)
        self.edges.setdefault(b, [])

    def dfs(self, start):
        seen = []

        def visit(n):
            if n in seen:
                return
            seen.append(n)
            yield n
            for m in self.edges[n]:
                yield from visit(m)

        yield from visit(start)


g = Graph()
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    g.add(a, b)
print(list(g.dfs("a")), list(g.dfs("c")))
