s = slice(1, 8, 2)
print(s.start, s.stop, s.step, slice(5).stop, slice(5).start, isinstance(s, slice))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print([0, 1, 2, 3, 4, 5, 6, 7, 8][s], "abcdef"[slice(2)])


class Seq:
    def __getitem__(self, k):
        return ("slice", k.start, k.stop, k.step) if isinstance(k, slice) else ("index", k)


print(Seq()[1:2], Seq()[::3], Seq()[4])
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
