# CPython 3.11 reports a failed assert at the last comparison its condition branches on
# (here `grad > 0`), not at the call before it.
def check(grad, v):
    assert isinstance(v, (int, float)) and grad > 0, f"bad input {v!r}"
    return v


check(1.0, 2.0)
value = check(-1.0, 2.0)
