# enumerate, zip, map, filter and reversed are classes: type() of what they make is them,
# isinstance accepts them, and their objects' reprs name them.


def shown(x):
    r = repr(x)
    return r[: r.index(" at 0x")] if " at 0x" in r else r


made = [
    enumerate([]),
    enumerate("ab", 1),
    zip(),
    zip([1], "a"),
    map(abs, []),
    filter(None, []),
    reversed("ab"),
    reversed([]),
    reversed(range(3)),
    reversed({}),
    iter([]),
    iter(""),
    iter({}.items()),
]
for x in made:
    print(type(x).__name__, shown(x), repr(x).startswith("<" + type(x).__name__ + " object at 0x"))

print(enumerate, zip, map, filter, reversed)
print(type(enumerate([])), type(zip()).__name__, type(map(abs, [])), type(filter(None, [])))
print(type(reversed("ab")), type(reversed([])).__name__)
e = enumerate([])
print(isinstance(e, enumerate), isinstance(zip(), zip), isinstance(map(abs, []), map))
print(isinstance(filter(None, []), filter), isinstance(reversed("ab"), reversed))
print(isinstance(reversed([]), reversed), isinstance(e, (zip, enumerate)), isinstance(e, zip))
print(type(e) is enumerate, type(zip()) is zip, type(map(abs, [])) == map)
print(enumerate.__name__, zip.__qualname__, map.__module__, type(zip))
print(issubclass(enumerate, object), callable(zip))

# Still the same built-ins to call.
print(list(enumerate("ab", start=5)), list(zip("ab", [1, 2, 3])))
print(list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(zip(*[(1, "a"), (2, "b")])))
xs = [1.0, 2.0]
ws = [0.5, 0.25]
print(sum(w * x for w, x in zip(ws, xs)), [a + b for a, b in zip(xs, ws)])
for i, (a, b) in enumerate(zip(xs, ws)):
    print(i, a, b)
try:
    zip([1], [2, 3], strict=True).__next__()
    list(zip([1], [2, 3], strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    enumerate()
except TypeError as err:
    print("TypeError:", err)
