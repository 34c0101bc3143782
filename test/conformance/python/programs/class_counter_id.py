class Node:
    _next_id = 0

    def __init__(self, label):
        self.id = Node._next_id
        Node._next_id += 1
        self.label = label


nodes = [Node(c) for c in "abc"]
print([(n.id, n.label) for n in nodes])
a = Node("z")
b = a
print(a is b, a is nodes[0], a == b, id(a) == id(b), id(a) == id(nodes[0]))
