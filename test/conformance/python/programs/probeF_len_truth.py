# Truth by __len__ checks the length as len() does: a negative one is a ValueError, one past
# Py_ssize_t an OverflowError, and an object with __index__ counts as its int.


class Size:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Box:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [0, 3, Size(0), Size(2), True, False, -1, 2**63, 2**63 - 1, "2", 1.0]:
    try:
        print(repr(n) if not isinstance(n, Size) else "Size", bool(Box(n)), len(Box(n)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("empty" if not Box(0) else "full", [1] if Box(1) else [])
flag = bool(Box(-5))
