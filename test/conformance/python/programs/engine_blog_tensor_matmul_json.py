# A list-of-Values Tensor with __matmul__, zip(*rows) transposes, a custom shape error,
# and gradients dumped with json.dumps (indent, sort_keys, separators, non-str keys).
import random
import itertools
import json


class ShapeError(Exception):
    def __init__(self, a, b, op):
        super().__init__(f"cannot {op} shapes {a} and {b}")
        self.shapes = (a, b)


class V:
    def __init__(self, x, kids=(), op=""):
        self.x, self.g, self.kids, self.op = x, 0.0, kids, op
        self.back = None

    def __add__(self, o):
        o = o if isinstance(o, V) else V(o)
        r = V(self.x + o.x, (self, o), "+")

        def back():
            self.g += r.g
            o.g += r.g

        r.back = back
        return r

    def __mul__(self, o):
        o = o if isinstance(o, V) else V(o)
        r = V(self.x * o.x, (self, o), "*")

        def back():
            self.g += o.x * r.g
            o.g += self.x * r.g

        r.back = back
        return r

    __radd__, __rmul__ = __add__, __mul__

    def __repr__(self):
        return f"{self.x:.3f}"


class Tensor:
    def __init__(self, rows):
        self.rows = [[c if isinstance(c, V) else V(c) for c in r] for r in rows]

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __matmul__(self, other):
        (n, k), (k2, m) = self.shape, other.shape
        if k != k2:
            raise ShapeError(self.shape, other.shape, "matmul")
        cols = list(zip(*other.rows))
        return Tensor([[sum((a * b for a, b in zip(row, col)), V(0.0)) for col in cols] for row in self.rows])

    def __add__(self, other):
        if self.shape != other.shape:
            raise ShapeError(self.shape, other.shape, "add")
        return Tensor([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return self.rows[idx]

    def T(self):
        return Tensor(list(map(list, zip(*self.rows))))

    def __repr__(self):
        body = ",\n        ".join(str(r) for r in self.rows)
        return f"Tensor([{body}], shape={self.shape})"

    def flat(self):
        return list(itertools.chain.from_iterable(self.rows))


def backward(root):
    topo, seen = [], set()

    def build(v):
        if v in seen:
            return
        seen.add(v)
        for k in v.kids:
            build(k)
        topo.append(v)

    build(root)
    root.g = 1.0
    for v in topo[::-1]:
        if v.back:
            v.back()


random.seed(42)
W = Tensor([[random.gauss(0, 0.5) for _ in range(3)] for _ in range(2)])
X = Tensor([[1, 2], [3, 4], [5, 6], [0.5, -0.5]])
print(W)
print(X.shape, W.shape, len(X), X[1], X[2, 1])
Y = X @ W
print(Y.shape)
print(Y)
try:
    W @ W
except ShapeError as e:
    print(type(e).__name__, e, e.shapes, e.args)
try:
    X + W
except ShapeError as e:
    print(f"{e!s} / {e!r}")

loss = sum((v * v for v in Y.flat()), V(0.0))
backward(loss)
print(f"loss = {loss.x:.5f}")
grads = {f"W[{i}][{j}]": round(W[i, j].g, 4) for i in range(2) for j in range(3)}
print(json.dumps(grads, indent=2))
print(json.dumps({"shape": Y.shape, "vals": [round(v.x, 2) for v in Y.flat()][:4]}))
print(json.dumps([1.0, 0.1, 1e-7, 1e22, 12345678901234567890.0, -0.0, True, None]))
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, separators=(",", ":")))
print(json.dumps({"nan": float("nan"), "inf": float("inf")}))
print(json.dumps({1: "x", 2.5: "y", None: "z", False: 0}))
print(json.dumps("héllo\n\t\"q\""), json.dumps("héllo", ensure_ascii=False))
print(json.dumps([[1, [2, []]], {}], indent=4))
for i, row in enumerate(X.T(), start=1):
    print(i, row)
