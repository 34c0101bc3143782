# A timer written with __enter__ but no __exit__: 3.11 says which method is missing, at the
# `with` statement (not at the expression after it).
import time


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self


def train(steps):
    total = 0.0
    for step in range(steps):
        total += step * 0.5
    return total


print(train(3))
if True:
    with \
            Timer() as t:
        print(train(4))
