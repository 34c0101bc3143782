class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


b, r = Both(), OnlyRepr()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r} {r!s}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
