import inspect
from typing import List, Optional


def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> float:
    "Doc."


def g(x, y=None, *, scale: float = 1.0): pass
def h(): pass
def only_kw(*, k): pass
def star(*args, **kwargs): pass
def typed(xs: List[int], o: Optional['Node'] = None) -> 'Node': pass


class Node:
    pass


class Layer:
    def __init__(self, nin: int, nout: int, nonlin=True):
        self.nin = nin

    def __call__(self, x: list) -> list:
        return x

    def parameters(self): return []

    @staticmethod
    def make(n): pass

    @classmethod
    def build(cls, n, m=1): pass


for fn in [f, g, h, only_kw, star, typed, Layer, Layer(1, 2), Layer(1, 2).parameters, Layer.parameters, Layer.make, Layer.build, Node, lambda q, r=1: 0]:
    sig = inspect.signature(fn)
    print(sig, repr(sig), list(sig.parameters), len(sig.parameters))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p, repr(p), p.kind, repr(p.kind), p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation, inspect.signature(h).return_annotation is inspect.Signature.empty)
print(inspect.Parameter.empty, inspect.Parameter.KEYWORD_ONLY, int(inspect.Parameter.VAR_KEYWORD), inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY)
print(type(sig.parameters).__name__, sig.parameters['c'].default, sig == inspect.signature(f), sig == inspect.signature(g))
P = inspect.Parameter
s2 = inspect.Signature([P('x', P.POSITIONAL_OR_KEYWORD), P('y', P.KEYWORD_ONLY, default=2, annotation=int)], return_annotation=str)
print(s2, s2.replace(return_annotation=inspect.Signature.empty), P('z', P.VAR_POSITIONAL))
print(P('x', P.POSITIONAL_ONLY) == P('x', P.POSITIONAL_ONLY), P('x', P.POSITIONAL_ONLY) == P('x', P.KEYWORD_ONLY))
errors = [
    lambda: inspect.signature(1),
    lambda: P('x', P.VAR_POSITIONAL, default=1),
    lambda: P(1, P.KEYWORD_ONLY),
    lambda: P('1x', P.KEYWORD_ONLY),
    lambda: inspect.Signature([P('x', P.KEYWORD_ONLY), P('y', P.POSITIONAL_ONLY)]),
    lambda: inspect.Signature([P('x', P.POSITIONAL_OR_KEYWORD, default=1), P('y', P.POSITIONAL_OR_KEYWORD)]),
    lambda: inspect.Signature([P('x', P.POSITIONAL_OR_KEYWORD), P('x', P.KEYWORD_ONLY)]),
    lambda: inspect.signature(),
]
for e in errors:
    try:
        print(e())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print(inspect.signature(lambda self, x: 0).parameters['x'])
