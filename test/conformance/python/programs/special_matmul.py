class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __repr__(self):
        return f"Mat({self.rows})"


a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(a @ b, b @ a)
