def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert x < 100
    return x


print(check(5))
for v in [-1, 500]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", repr(str(e)), e.args)
