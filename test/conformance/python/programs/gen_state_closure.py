def batches(xs, size):
    for i in range(0, len(xs), size):
        yield xs[i:i + size]


data = list(range(10))
for b in batches(data, 4):
    print(b)
print([len(b) for b in batches(data, 3)])
