class ShapeError(ValueError):
    def __init__(self, expected, got):
        self.expected = expected
        self.got = got
        super().__init__(expected, got)

    def __str__(self):
        return f"expected shape {self.expected}, got {self.got}"


try:
    raise ShapeError((2, 3), (3, 2))
except ValueError as e:
    print(e, "|", e.args, "|", e.expected)
