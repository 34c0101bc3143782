from __future__ import annotations
from dataclasses import dataclass, KW_ONLY, InitVar, field
from typing import ClassVar
@dataclass
class C:
    a: int
    _: KW_ONLY
    b: int = 2
    s: InitVar[int] = 0
    k: ClassVar[int] = 5
    def __post_init__(self, s):
        self.t = s
c = C(1, b=3, s=4)
print(c, c.t, C.k)
try:
    C(1, 2)
except TypeError as e:
    print(e)
