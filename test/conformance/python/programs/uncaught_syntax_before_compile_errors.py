# A stray top-level `return` is an error CPython's compiler finds only after the parser
# has read the whole file: a syntax error further down is the one reported.
scores = [3, 1, 2]
if not scores:
    print("nothing to rank")
return sorted(scores)


def rank(xs):
    return [sorted(xs).index(x) for x in xs]


print(rank([3 1 2]))
