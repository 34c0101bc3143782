tests = [
    lambda: [1] + (2,),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: {} + {},
    lambda: [1] * 2.0,
    lambda: None < 1,
    lambda: "a" < 1,
    lambda: -"x",
    lambda: len(5),
    lambda: 3(),
    lambda: None[0],
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
