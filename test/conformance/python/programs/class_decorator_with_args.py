def repeat(n):
    def deco(f):
        def run(*args):
            return [f(*args) for _ in range(n)]
        return run
    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("bob"))


def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco


REG = {}


@register(REG)
class Alpha:
    pass


@register(REG)
class Beta:
    pass


print(sorted(REG), REG["Beta"].__name__)
