class Tracked:
    def __init__(self):
        self.changes = []
        self.x = 1

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        object.__setattr__(self, name, value)


t = Tracked()
t.x = 2
t.y = 3
print(t.changes, t.x, t.y)
