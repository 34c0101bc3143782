# A base class's __init_subclass__ runs once for every class derived from it (not for the
# base itself), with the new class as its argument: the usual way to keep a plugin registry.


class Layer:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Layer.registry[cls.__name__.lower()] = cls
        cls.kind = "layer:" + cls.__name__


class Dense(Layer):
    pass


class Sparse(Dense):
    kind = "overwritten by the hook"


print(sorted(Layer.registry), Dense.kind, Sparse.kind, hasattr(Layer, "kind"))


class Quiet:
    @classmethod
    def __init_subclass__(cls):
        print("classmethod hook for", cls.__name__)


class Loud(Quiet):
    def __init_subclass__(cls):
        print("inner hook for", cls.__name__)


class Louder(Loud):
    pass


class Plain:
    pass


class Child(Plain):
    pass


print("Child made with object's hook:", Child.__name__)
try:
    object.__init_subclass__(flag=True)
except TypeError as e:
    print("TypeError:", e)
