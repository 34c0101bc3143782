class P:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
