class Gate:
    def __init__(self, open_):
        self.open = open_

    def __bool__(self):
        print("asked", self.open)
        return self.open


a, b = Gate(False), Gate(True)
print("and:", bool(a and b))
print("or:", bool(a or b))
if not a:
    print("a closed")
print([g.open for g in [a, b] if g])
print("ternary:", "yes" if b else "no")
