class Table:
    squares = [i * i for i in range(5)]
    total = 0
    for s in squares:
        total += s
    lookup = {k: v for k, v in zip("abc", [1, 2, 3])}
    del s

    def get(self, k):
        return self.lookup[k]


print(Table.squares, Table.total, Table().get("b"), hasattr(Table, "s"))
