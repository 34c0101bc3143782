import registry

registry.register("a")


def count():
    return len(registry.ITEMS)
