# Reading with pathlib and iterating, char-level tokens, padding with ljust, batching
from pathlib import Path
import random
import itertools

here = Path(__file__).parent
text = (here / "names.txt").read_text()
words = text.split("\n")
print(len(words), repr(words[-1]))
words = [w for w in words if w]
maxlen = max(map(len, words))
padded = [w.ljust(maxlen, '_') for w in words]
print(padded[:3], len(set(map(len, padded))))

def batches(seq, n):
    it = iter(seq)
    while chunk := list(itertools.islice(it, n)):
        yield chunk

random.seed(5)
order = list(range(len(words)))
random.shuffle(order)
for bi, b in enumerate(batches(order, 32)):
    lens = [len(words[i]) for i in b]
    print(f"batch {bi}: size={len(b):2d} min={min(lens)} max={max(lens)} mean={sum(lens)/len(lens):.3f}")

cols = 6
for row in batches(words[:20], cols):
    print(" ".join(f"{w:<9}" for w in row).rstrip())
transposed = list(zip(*[w[:3] for w in words[:4]]))
print(transposed)
matrix = [[(i * j) % 7 for j in range(5)] for i in range(4)]
for r in matrix:
    print(*r, sep='\t')
print([list(col) for col in zip(*matrix)])
print(max(matrix, key=sum), min(map(max, matrix)), sum(sum(r) for r in matrix))
flat = [x for r in matrix for x in r if x]
print(flat, sorted(set(flat), reverse=True), flat.count(0), flat.index(4))
print(Path('names.txt').suffix, Path('a/b/c.txt').stem, Path('a') / 'b', (here / 'names.txt').exists())
print(sum(1 for _ in open(here / 'names.txt')))
