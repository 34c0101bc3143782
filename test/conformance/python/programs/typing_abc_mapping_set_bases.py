import typing
class M(typing.Mapping[str, int]):
    def __getitem__(self, k): return 1
    def __len__(self): return 1
    def __iter__(self): return iter(['a'])
print(dict(M()), M().get('a'))
class S(typing.MutableMapping):
    pass
try:
    S()
except TypeError as e:
    print(e)
class T(typing.AbstractSet[int]):
    def __contains__(self, x): return x == 1
    def __len__(self): return 1
    def __iter__(self): return iter([1])
print(T() == {1})
class U(typing.MutableSet[int]):
    pass
try:
    U()
except TypeError as e:
    print(e)
