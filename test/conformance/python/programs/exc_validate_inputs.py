def make_layer(nin, nout):
    if not isinstance(nin, int):
        raise TypeError(f"nin must be int, not {type(nin).__name__}")
    if nin <= 0 or nout <= 0:
        raise ValueError(f"sizes must be positive: {nin}x{nout}")
    return [[0.0] * nin for _ in range(nout)]


for args in [(2, 3), (0, 1), (2.5, 1), (1, -1)]:
    try:
        layer = make_layer(*args)
        print("ok", len(layer), len(layer[0]))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
