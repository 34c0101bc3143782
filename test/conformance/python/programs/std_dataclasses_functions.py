import dataclasses
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: list = field(default_factory=list)
p = P(1, [P(2)])
print(dataclasses.asdict(p), dataclasses.astuple(p))
print(dataclasses.asdict(p, dict_factory=lambda kv: sorted(kv, reverse=True)), dataclasses.astuple(p, tuple_factory=list))
print(dataclasses.replace(p, x=5))
calls = [lambda: dataclasses.fields(), lambda: dataclasses.fields(1, 2), lambda: dataclasses.field(1),
         lambda: dataclasses.replace(), lambda: dataclasses.asdict(1, x=2), lambda: dataclasses.is_dataclass(),
         lambda: dataclasses.field(x=1), lambda: dataclasses.dataclass(1, 2), lambda: dataclasses.dataclass(x=1),
         lambda: dataclasses.asdict(p, 1)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(dataclasses.field(default=None).default, dataclasses.fields(P)[1].default_factory)
