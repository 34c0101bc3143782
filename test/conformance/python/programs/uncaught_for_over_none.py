# A data loader that forgot to return its batches: the `for` over None fails at the `for`
# itself (CPython 3.11 places GET_ITER there), not at the call in its header.
import random


def load_batches(data, size):
    batches = [data[i:i + size] for i in range(0, len(data), size)]
    random.shuffle(batches)
    # forgot: return batches


random.seed(0)
data = [(x / 10, 2 * x / 10 + 1) for x in range(10)]
w, b = 0.0, 0.0
for epoch in range(2):
    print("epoch", epoch)
    for batch in load_batches(
        data, 4
    ):
        for x, y in batch:
            w -= 0.1 * (w * x + b - y) * x
