class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]


g = Grid()
g[0, 1] = 5
g[2, 2] = 7
g[0, 1] += 1
print(g[0, 1], g[9, 9], g.cells)
del g[2, 2]
print(g.cells)
