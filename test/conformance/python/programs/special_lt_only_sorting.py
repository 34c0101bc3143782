class Item:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return self.name


items = [Item("c", 3), Item("a", 1), Item("b", 2), Item("a2", 1)]
print(sorted(items), min(items), max(items))
items.sort(reverse=True)
print(items)
print(Item("x", 5) > Item("y", 4))
