class Node:
    def __init__(self, prev=None):
        self.prev = prev


def depth(n):
    return 0 if n.prev is None else 1 + depth(n.prev)


node = Node()
for _ in range(200):
    node = Node(node)
print(depth(node))
for _ in range(2000):
    node = Node(node)
print(depth(node))
