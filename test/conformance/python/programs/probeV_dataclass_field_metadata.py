"""A dataclass field keeps its metadata as CPython does: a read-only live mappingproxy over the dict given, an empty one for none."""
from dataclasses import dataclass, field, fields
m = {'unit': 'cm'}
@dataclass
class P:
    x: int = field(default=0, metadata=m)
    y: int = 1
f = fields(P)
print(f[0].metadata, f[1].metadata, type(f[0].metadata))
m['more'] = 2
print(f[0].metadata, len(f[0].metadata), f[0].metadata.get('unit'), 'unit' in f[0].metadata)
try:
    f[0].metadata['z'] = 1
except TypeError as e:
    print(e)
print(dict(f[0].metadata), list(f[0].metadata.items()))
print(f[0].metadata == {'unit': 'cm', 'more': 2})
print(f[1].metadata is f[1].metadata, fields(P)[1].metadata == {})
print(repr(f[0]).split("metadata=")[1].split(",kw_only")[0])
