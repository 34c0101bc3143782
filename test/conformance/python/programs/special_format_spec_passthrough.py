class Meters:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return format(self.v, spec) + "m"


m = Meters(3.14159)
print(f"{m:.2f}", f"{m:8.3f}|", f"{m:e}", "{0:.1f}".format(m), format(m, "g"))
