try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name)
try:
    from torch import nn
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import no_such_package.sub
except ImportError as e:
    print(isinstance(e, ModuleNotFoundError), e.name)
print(issubclass(ModuleNotFoundError, ImportError))
