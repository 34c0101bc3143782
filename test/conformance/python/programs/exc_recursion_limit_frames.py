# CPython's limit of 1000 frames counts the module's own frame, and a comprehension runs in
# a frame of its own: a recursive tree walk 998 calls deep is the deepest that fits.
def walk(node):
    return 0 if node is None else 1 + walk(node[1])


def chain(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node


for n in (997, 998, 999):
    try:
        print(n, walk(chain(n)))
    except RecursionError as e:
        print(n, "RecursionError:", e)
for n in (996, 997, 998):
    try:
        print(n, [walk(chain(n)) for _ in range(1)])
    except RecursionError as e:
        print(n, "in a comprehension: RecursionError:", e)
