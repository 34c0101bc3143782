# Constant set displays that equal an earlier one: CPython's compiler keeps one frozenset per
# equal constant in a module, so a later {40, -8, 16} iterates as the first {16, -8, 40} did,
# in a function's body too; a display of other types (16.0) is a constant of its own.
print({16, -8, 40})
print({40, -8, 16})


def label_ids():
    return {40, 16, -8}


print(label_ids(), sorted(label_ids()))
print({40, -8, 16.0}, {-8, 40, 16})
for v in {1, 17, 25, 41, 9, 33}:
    print(v, end=" ")
print()
print({33, 9, 41, 25, 17, 1}, {9, 1, 33, 17}, {17, 33, 1, 9})
print({106, 10, 10, 58, 74, 10}, {74, 58, 10, 106})
print({True, 2, 9}, {1, 2, 9}, {1.0, 9, 2})
print({0.0, 8, 16}, {-0.0, 16, 8})
