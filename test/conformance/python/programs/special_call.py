class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1, *, verbose=False):
        self.n += step
        if verbose:
            print("now", self.n)
        return self.n


c = Counter()
c()
c(5)
c(step=2, verbose=True)
print(c.n, callable(c), list(map(c, [1, 1])))
