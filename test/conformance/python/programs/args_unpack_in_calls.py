def point(x, y, z=0):
    return f"({x}, {y}, {z})"


coords = [(1, 2), (3, 4, 5)]
print([point(*c) for c in coords])
print(point(**{"y": 1, "x": 0}), point(*"ab"), point(1, *[2], **{"z": 3}))
print(max(*[3, 9, 2]), min(4, *(1, 8)), print(*[1, 2], sep="-"))
