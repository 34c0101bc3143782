class Link:
    def __init__(self, head, tail=None):
        self.head = head
        self.tail = tail

    def __iter__(self):
        node = self
        while node is not None:
            yield node.head
            node = node.tail

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "Link(" + ", ".join(repr(x) for x in self) + ")"


xs = Link(1, Link(2, Link(3)))
print(xs, len(xs), list(xs), sum(xs))
print(max(xs), 2 in xs, 9 in xs)
