# Pruning a tokenizer's vocabulary while walking its items is a bug CPython catches: a dict's
# items, values and keys are read live, and a change of size (or of keys) fails the walk.
from collections import Counter, OrderedDict


def attempt(label, fn):
    try:
        fn()
        print(label, "finished")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def prune_items():
    vocab = {"the": 9, "a": 1, "cat": 4, "sat": 1}
    for word, n in vocab.items():
        if n < 2:
            del vocab[word]


def prune_values():
    counts = {"x": 1, "y": 2}
    for n in counts.values():
        counts.popitem()


def rename_keys():
    merges = {"a": 1, "b": 2}
    for k in merges:
        del merges[k]
        merges[k + "#"] = 0


def prune_counter():
    c = Counter("mississippi")
    for ch, n in c.items():
        if n == 1:
            del c[ch]


def grow_ordered():
    od = OrderedDict(a=1)
    for k in od:
        od["b"] = 2


for label, fn in [
    ("items", prune_items),
    ("values", prune_values),
    ("keys", rename_keys),
    ("counter", prune_counter),
    ("ordered", grow_ordered),
]:
    attempt(label, fn)

# The right way: walk a copy.
vocab = {"the": 9, "a": 1, "cat": 4, "sat": 1}
for word, n in list(vocab.items()):
    if n < 2:
        del vocab[word]
print(vocab)

# Values changed during the walk are seen as they are then.
scores = {"a": 1, "b": 2, "c": 3}
for k, v in scores.items():
    scores["c"] = 30
    print(k, v, end="; ")
print()
for v in scores.values():
    scores["b"] = -2
    print(v, end=" ")
print()

# A broken iterator stays broken; an exhausted one stays exhausted.
it = iter(scores)
print(next(it))
scores["d"] = 4
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
done = iter(scores)
print(list(done))
scores["e"] = 5
print(next(done, "exhausted"))
print(type(iter(scores)).__name__, type(iter(scores.items())).__name__, type(iter(scores.values())).__name__)

# reversed() walks the keys the dict had, from the last, reading values as they are then.
ranks = {"a": 1, "b": 2, "c": 3}
print(list(reversed(ranks)), list(reversed(ranks.items())), type(reversed(ranks)).__name__)
for k, v in reversed(ranks.items()):
    ranks["a"] = 10
    print(k, v, end="; ")
print()
back = reversed(ranks)
print(next(back))
ranks["d"] = 4
try:
    next(back)
except RuntimeError as e:
    print("RuntimeError:", e)
for n in (1, 2):
    od = OrderedDict((str(i), i) for i in range(n))
    try:
        for k in reversed(od):
            od["new" + k] = 0
        print(n, "walked", list(od))
    except RuntimeError as e:
        print(n, "RuntimeError:", e)
