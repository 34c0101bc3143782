# C.__dict__ lists a class's names in CPython's order: a docstring right after __module__ (it
# is the body's first binding), otherwise __doc__ (None) after the body's names, and
# attributes set on the class later after that.
class Base:
    pass


class Documented(Base):
    """A documented class."""

    size = 2

    def grow(self):
        return self.size * 2


class Plain(Base):
    colour = "red"


Plain.added_later = True
Documented.counter = 0
print(list(Documented.__dict__))
print(list(Plain.__dict__))
print(list(vars(Plain).items())[-2:], Documented.__doc__, Plain.__doc__)
