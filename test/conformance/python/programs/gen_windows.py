def windows(xs, n):
    for i in range(len(xs) - n + 1):
        yield tuple(xs[i:i + n])


text = "hello"
print(list(windows(text, 2)))
counts = {}
for bigram in windows(text + text, 2):
    counts[bigram] = counts.get(bigram, 0) + 1
print(counts)
