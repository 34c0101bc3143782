class Counter:
    count = 0
    names = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.names.append(name)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
print(Counter.names, a.names is b.names)
del a.count
print(a.count)
