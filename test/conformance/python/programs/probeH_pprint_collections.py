from dataclasses import dataclass, field
from pprint import pprint, pformat
from collections import OrderedDict, defaultdict, Counter, deque
from enum import Enum

class Color(Enum):
    RED = 1

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)

@dataclass
class Order:
    id: int
    items: list
    meta: dict
    color: Color = Color.RED

o = Order(7, [Item("widget", ["a" * 20, "b" * 20]), Item("gadget")], {"rush": True, "notes": "x" * 50})
pprint(o)
pprint(o, width=30)
pprint([o, o], depth=2)
print(pformat(Item("short")))
@dataclass(repr=False)
class Quiet:
    a: list
print(pformat(Quiet(list(range(40)))).startswith("<__main__.Quiet object at "))
@dataclass
class Custom:
    a: list
    def __repr__(self):
        return "Custom(" + repr(self.a) + ")"
pprint(Custom(list(range(40))))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
pprint(root)
root.children.append(root)
print(pformat(root, width=40).split("<Recursion")[0])
pprint(Counter("mississippi river banks overflowing"), width=40)
pprint(Counter(), width=5)
pprint(deque(range(20), maxlen=25), width=30)
pprint(deque("abcdefghijklmnop"), width=20)
dd = defaultdict(lambda: 0, {"alpha": 1, "beta": [1] * 20}); print(pformat(dd)[:22])
pprint(defaultdict(list, {"k": list(range(22)), "j": "v"}), indent=3)
pprint(OrderedDict((str(i), i * 1000) for i in range(12)), width=50)
pprint({"od": OrderedDict(a=list(range(25))), "dq": deque([{"x": 1}] * 5)})
pprint(OrderedDict(), width=3); pprint(deque(), width=3); pprint(defaultdict(int), width=3)
print("done")
