class Thing:
    pass


cases = [
    lambda: Thing() + 1,
    lambda: 1 - Thing(),
    lambda: Thing() * Thing(),
    lambda: "a" / Thing(),
    lambda: Thing() ** 2,
    lambda: -Thing(),
    lambda: Thing() < 1,
    lambda: abs(Thing()),
]
for f in cases:
    try:
        f()
    except TypeError as e:
        print(e)
