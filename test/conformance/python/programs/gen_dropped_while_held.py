# A generator that is in use, or reachable elsewhere, is not closed when a name lets go of it.
def numbers(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(tag, "closed")


g = numbers("looped")
for x in g:
    print("x", x)
    if x == 1:
        del g
        print("deleted while the loop holds it")
print("loop ran to the end")

g = numbers("passed")
next(g)
other = g
del g
print("other still has it:", next(other), list(other))
other = None
print("after other let go")


def keeper(items):
    saved.append(items)
    return items


saved = []
g = numbers("argument")
next(g)
keeper(g)
g = None
print("saved still has it:", next(saved[0]), list(saved[0]))


def next(it, default=None):
    saved.append(it)
    return "my next"


g = numbers("own next")
print(next(g))
del g
print("the program's next kept it")
for it in saved[1:]:
    print(list(it))


def closes():
    c = numbers("closed already")
    print(c.send(None))
    c.close()
    print("closed by hand")
    c = None
    print("nothing left to close")


closes()
print("end")
