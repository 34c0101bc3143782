def inner(n):
    for i in range(n):
        yield i
    return "inner done"


def outer():
    result = yield from inner(3)
    print("inner returned", result)
    yield from "ab"
    yield from [10, 20]


print(list(outer()))
