class Node:
    __slots__ = ("data", "grad", "_children")

    def __init__(self, data, children=()):
        self.data = data
        self.grad = 0.0
        self._children = children


class Named(Node):
    __slots__ = ("name",)

    def __init__(self, data, name):
        super().__init__(data)
        self.name = name


n = Named(2.5, "w")
print(n.data, n.grad, n.name, n._children)
m = Node(1.0, (n,))
print(m._children[0].name)
try:
    m.name = "q"
except AttributeError:
    print("no slot for name on Node")
