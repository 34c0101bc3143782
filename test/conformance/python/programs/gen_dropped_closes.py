# A suspended generator is closed when its only holder lets go of it: its finally runs then.
def numbers(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(tag, "closed")


print("first", next(numbers("temporary")))
print("default", next(numbers("with default"), None))

g = numbers("deleted")
print(next(g))
del g
print("after del")

g = numbers("rebound to None")
g.send(None)
g = None
print("after rebinding to None")

g = numbers("replaced")
next(g)
g = numbers("replacement")
print("after replacing")
print(next(g), next(g))
g = 0
print("after replacing the replacement")

h = numbers("iterated")
for x in h:
    if x == 2:
        break
print("loop left, h still holds it:", next(h))
del h
print("after del h")


def local():
    mine = numbers("local")
    print("local got", next(mine))
    return "returned"


print(local())


def deleted_in_function():
    mine = numbers("local deleted")
    next(mine)
    del mine
    print("after local del")


deleted_in_function()

kept = []
k = numbers("kept in a list")
next(k)
kept.append(k)
del k
print("still open:", next(kept[0]), list(kept[0]))

unstarted = numbers("never started")
del unstarted
print("an unstarted generator has nothing to close")

left = numbers("left at the end")
next(left)
print("end of program")
