def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


for x in gen():
    print(x)
g = gen()
print(next(g))
g.close()
print("closed")
