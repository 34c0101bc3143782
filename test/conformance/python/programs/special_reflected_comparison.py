class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return NotImplemented

    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return self.v > getattr(o, "v", o)


print(Loud(1) < Loud(2))
print(5 < Loud(3))
try:
    print(Loud(1) < 3)
except TypeError as e:
    print("TypeError:", e)
