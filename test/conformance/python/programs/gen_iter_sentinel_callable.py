vals = [3, 2, 1, 0, 5]
pos = 0


def pop_next():
    global pos
    pos += 1
    return vals[pos - 1]


print(list(iter(pop_next, 0)), pos)
