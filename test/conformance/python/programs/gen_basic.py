def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g), next(g, "end"))
print(list(count_up(5)), sum(count_up(101)))
