class Model:
    """A tiny model.

    It has a docstring that must be ignored by execution."""

    def forward(self, x):
        """Doubles x."""
        return 2 * x


def helper():
    """Only a docstring."""


print(Model().forward(4), helper())
print(Model.__doc__.splitlines()[0])
print(Model.forward.__doc__)
