from functools import total_ordering


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


a, b = Score(1), Score(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Score(1))
