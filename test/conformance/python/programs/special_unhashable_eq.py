class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v


print(OnlyEq.__hash__ is None)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {}
    d[OnlyEq(1)] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    hash(OnlyEq(2))
except TypeError as e:
    print("TypeError:", e)
