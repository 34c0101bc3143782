# A class body nested in a function may declare `nonlocal` for one of the function's
# variables: its assignments then rebind the function's variable, not a class attribute.


def registry():
    created = 0
    label = "none"

    class Shape:
        nonlocal created, label
        created += 1
        label = "shape"
        sides = created * 3

        def bump(self):
            nonlocal created
            created += 10
            return created

    s = Shape()
    print("after class:", created, label, Shape.sides)
    print("bump:", s.bump(), created)
    print("class has created?", hasattr(Shape, "created"), "label?", hasattr(Shape, "label"))
    return Shape


def layered():
    depth = 0

    def inner():
        class Probe:
            nonlocal depth
            depth = depth + 5
            seen = depth

        return Probe.seen

    print("inner sees", inner(), "outer now", depth)


registry()
layered()
print("done")
