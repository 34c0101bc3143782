class Range2:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Range2 index out of range")
        return i * 2


r = Range2(5)
print(len(r), r[0], r[4], r[-1], r[1:4], r[::2])
print(list(r), [x for x in r], 6 in r, 7 in r, sum(r))
try:
    r[5]
except IndexError as e:
    print("IndexError:", e)
