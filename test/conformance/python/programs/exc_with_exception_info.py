class Watch:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__ if kind else None, value)
        return kind is KeyError


with Watch():
    {}["x"]
with Watch():
    pass
try:
    with Watch():
        [][0]
except IndexError as e:
    print("propagated", e)
