created = 0


class Thing:
    def __init__(self):
        global created
        created += 1
        self.n = created


things = [Thing() for _ in range(3)]
print(created, [t.n for t in things])
