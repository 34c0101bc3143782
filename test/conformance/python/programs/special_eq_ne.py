class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.x == o.x


print(P(1) == P(1), P(1) != P(1), P(1) == P(2), P(1) != P(2))
print(P(1) == 1, P(1) != "x", P(1) in [P(0), P(1)], [P(3)].index(P(3)))
print([P(1), P(2)] == [P(1), P(2)], (P(1),) == (P(2),))
