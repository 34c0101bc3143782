# `del module.name` on a standard module (a monkeypatch undone) and on a local one (its own
# code then finds the global gone), and deleting a name the module does not have.
import math
import helper_mod
orig = math.sqrt
del math.sqrt
try:
    math.sqrt(4)
except AttributeError as e:
    print(e)
print(hasattr(math, "sqrt"), "sqrt" in vars(math))
math.sqrt = orig
print(math.sqrt(9))
try:
    del math.nope
except AttributeError as e:
    print(e)
print(helper_mod.VALUE)
del helper_mod.VALUE
print(hasattr(helper_mod, "VALUE"), helper_mod.read())
