# generator pipeline over a file, lazily, with islice/itertools and early exit from a loop
import itertools
import sys

def read_names(path):
    with open(path) as f:
        for raw in f:
            name = raw.strip()
            if name:
                yield name

def windows(seq, n):
    it = iter(seq)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win

def char_stream(names):
    for nm in names:
        yield '<'
        yield from nm
        yield '>'

stream = char_stream(read_names('names.txt'))
first = list(itertools.islice(stream, 12))
print(''.join(first))
counts = {}
for w in windows(char_stream(read_names('names.txt')), 3):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for tri, c in top:
    print(''.join(tri), c)
g = read_names('names.txt')
print(next(g), next(g), sum(1 for _ in g))
print(next(g, 'exhausted'))
for i, nm in enumerate(read_names('names.txt')):
    if len(nm) > 9:
        print('first long name at', i, nm)
        break
else:
    print('no long names')
lengths = (len(n) for n in read_names('names.txt'))
print(max(lengths), sum(lengths))
grouped = itertools.groupby(sorted(read_names('names.txt'), key=lambda s: s[-1]), key=lambda s: s[-1])
print([(k, len(list(v))) for k, v in grouped])
pairs = list(itertools.pairwise('abcd'))
print(pairs, list(itertools.accumulate('abc')))
evens = filter(lambda p: p[0] % 2 == 0, enumerate(read_names('names.txt')))
print(list(itertools.islice(evens, 3)))
if counts:
    sys.exit()
print('not reached')
