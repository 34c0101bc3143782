ITEMS = []


def register(name):
    ITEMS.append(name)
