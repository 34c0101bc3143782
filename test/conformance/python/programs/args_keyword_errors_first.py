# CPython binds a call's keywords before it counts the positional arguments: a call with one
# positional too many and a wrong keyword reports the keyword (unexpected, repeated, or
# positional-only), as a refactoring that adds a parameter to the call but not the def shows.


def area(width, height):
    return width * height


def scale(value, /, factor, *, clamp):
    return min(value * factor, clamp)


def span(start, stop=10, *, step):
    return range(start, stop, step)


class Grid:
    def cell(self, row, col):
        return (row, col)


calls = [
    ("area(2, 3, 4, width=5)", lambda: area(2, 3, 4, width=5)),
    ("area(2, 3, 4, depth=5)", lambda: area(2, 3, 4, depth=5)),
    ("area(2, 3, 4)", lambda: area(2, 3, 4)),
    ("area(2, 3, **{'unit': 'm'})", lambda: area(2, 3, **{"unit": "m"})),
    ("scale(value=1, factor=2, clamp=3)", lambda: scale(value=1, factor=2, clamp=3)),
    ("scale(1, value=1, other=2, clamp=3)", lambda: scale(1, value=1, other=2, clamp=3)),
    ("scale(1, 2, 3, clamp=1)", lambda: scale(1, 2, 3, clamp=1)),
    ("scale(value=1, junk=2)", lambda: scale(value=1, junk=2)),
    ("scale(1, other=2, value=1, clamp=3)", lambda: scale(1, other=2, value=1, clamp=3)),
    ("span(1, 2, 3, step=4)", lambda: span(1, 2, 3, step=4)),
    ("span(1, 2, 3, steps=4)", lambda: span(1, 2, 3, steps=4)),
    ("Grid().cell(1, 2, 3, row=0)", lambda: Grid().cell(1, 2, 3, row=0)),
    ("Grid().cell(1, 2, 3, layer=0)", lambda: Grid().cell(1, 2, 3, layer=0)),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "->", e)
