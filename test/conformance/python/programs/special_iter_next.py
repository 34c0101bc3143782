class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), sum(c))
for x in Countdown(2):
    print("x", x)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
a, b, d = Countdown(3)
print(a, b, d, sorted(Countdown(4)), max(Countdown(5)))
