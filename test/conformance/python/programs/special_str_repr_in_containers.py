class T:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return f"T{self.n}"

    def __repr__(self):
        return f"T(n={self.n})"


ts = [T(1), T(2)]
print(ts, str(ts), tuple(ts), {1: T(3)}, str(T(4)))
print(" ".join(str(t) for t in ts), ", ".join(map(repr, ts)))
print(f"{ts}", f"{ts[0]}", "%s" % ts[1])
