def chain(*iterables):
    for it in iterables:
        yield from it


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(take(3, chain("hello", "world"))), list(take(10, [1, 2])))
