class Dataset:
    def __init__(self, rows):
        self.rows = rows

    def column(self, i):
        return [r[i] for r in self.rows]


d = Dataset([(1, 2), (3, 4), (5,)])
print(d.column(0))
print(d.column(1))
