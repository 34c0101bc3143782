class Dataset:
    def __init__(self, xs):
        self.xs = xs

    def batches(self, size):
        for i in range(0, len(self.xs), size):
            yield self.xs[i:i + size]

    def __iter__(self):
        return iter(self.xs)


ds = Dataset(list(range(7)))
print([b for b in ds.batches(3)], sum(ds), list(ds)[-1])
