# Containers compare identity before equality: the same NaN is found where == alone fails.
import math
from collections import Counter, deque

x = float("nan")
s = {x}
print(x in s, len({x, x}), [x].count(x), x in [x], x in (x,), [x].index(x), (x,).index(x))
print((x,) == (x,), [x] == [x], [x, 1] == [x, 1], {"k": x} == {"k": x}, x == x, x != x)
print(x is x, x is not x, {x: 1}.get(x), x in {x: 0}.keys(), (x, 1) in {(x, 1)})
print(deque([x, x]).count(x), Counter([x, x])[x], (x, 2).count(x))
items = [1, x, 2]
items.remove(x)
print(items, math.nan in {math.nan}, [math.nan].count(math.nan), x in [1.0, 2.0])
print(max([x, 1]), min([1, x]), sorted([x]), s == {x}, {x} <= {x}, {x} - {x})
