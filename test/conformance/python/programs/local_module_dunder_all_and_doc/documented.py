"""A module with a docstring."""


def f():
    """f's docstring"""
    return "f"
