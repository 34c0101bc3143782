import math

# A future import after other code: CPython refuses the whole file before running any of it.
from __future__ import annotations

print(math.pi)
