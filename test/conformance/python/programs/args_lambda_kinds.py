f = lambda *a, **k: (a, k)
g = lambda x, y=2, *, z=3: x + y + z
print(f(1, 2, u=3), g(1), g(1, z=10), (lambda: "none")())
ops = {"add": lambda a, b: a + b, "pow": lambda a, b=2: a ** b}
print(ops["add"](2, 3), ops["pow"](3), ops["pow"](2, 10))
