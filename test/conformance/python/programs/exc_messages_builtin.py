cases = [
    lambda: [1, 2][3],
    lambda: (1,)[-2],
    lambda: "ab"[9],
    lambda: {"x": 1}["y"],
    lambda: int("3.5"),
    lambda: float("abc"),
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1.0 % 0,
    lambda: [].pop(),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: {}.pop("k"),
    lambda: unknown_var,
    lambda: [1, 2].remove(3),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, "|", e)
