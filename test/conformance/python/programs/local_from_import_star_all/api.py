__all__ = ["public_a", "public_b"]
public_b = "b"
internal = "not in __all__"


def public_a():
    return "a"
