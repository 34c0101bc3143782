def noisy(name, n):
    for i in range(n):
        print(f"{name} produces {i}")
        yield i


g = noisy("g", 3)
print("created")
for v in g:
    print("consumed", v)
pairs = zip(noisy("a", 2), noisy("b", 5))
print(list(pairs))
