# A missing attribute of a program's class gets CPython's "Did you mean" from dir(cls) when
# uncaught (its own names, its bases', object's); str(e) has no suggestion.
class Module:
    registry = []

    def parameters(self):
        return []


class MLP(Module):
    count = 0


try:
    MLP.paramters
except AttributeError as e:
    print(e)
print(hasattr(MLP, "cout"), getattr(MLP, "__dic__", "none"))
n = MLP.cout
