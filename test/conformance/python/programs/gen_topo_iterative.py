class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = children


def topo(root):
    order, seen, stack = [], set(), [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            order.append(node)
            continue
        if node in seen:
            continue
        seen.add(node)
        stack.append((node, True))
        for c in reversed(node.children):
            stack.append((c, False))
    return order


a = Node("a")
b = Node("b", a)
c = Node("c", a, b)
d = Node("d", c, b)
print([n.name for n in topo(d)])
