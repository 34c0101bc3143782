def gen(n):
    for i in range(n):
        yield i * 1.5


print(list(zip(gen(3), gen(4))), sorted(gen(3), reverse=True), min(gen(4)), tuple(gen(2)))
print(dict(enumerate(gen(3))), set(int(x) for x in gen(4)) == {0, 1, 3, 4})
