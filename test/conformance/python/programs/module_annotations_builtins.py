# Module-level annotations go into the module's __annotations__ (evaluated, in order; a bare
# `name: T` binds nothing), also inside an if; a function's stay its own. `import builtins`
# gives the module of the built-in names.
import builtins

x: int = 5
y: "list[int]"
if x > 1:
    z: float = 1.5
print(__annotations__)
print("y" in globals(), z)


def f(a: int, b: str = "s") -> bool:
    inner: int = 3
    return inner > a


print(f.__annotations__, f(1))
print(builtins.len("abc"), builtins.print is print, builtins.max(2, 7))
print(builtins, builtins.__name__)
print(hasattr(builtins, "Value"), "range" in dir(builtins))
try:
    bad: undefined_name = 1
except NameError as e:
    print("NameError:", e)
print(sorted(__annotations__))
