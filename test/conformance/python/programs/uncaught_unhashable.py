class Cell:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


cells = [Cell(1), Cell(2)]
print(cells[0] == Cell(1))
seen = set(cells)
