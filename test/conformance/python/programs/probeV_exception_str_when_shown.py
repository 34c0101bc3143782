"""An exception's own __str__ runs when something shows it, never at the raise; one that fails shows CPython's stand-in."""


class Loud(Exception):
    def __init__(self, *args):
        print("init", args)
        super().__init__(*args)

    def __str__(self):
        print("  (__str__ ran)")
        return "loud: " + ", ".join(map(str, self.args))


class Broken(Exception):
    def __str__(self):
        raise ValueError("no text")


class Shown:
    def __str__(self):
        print("  (payload __str__ ran)")
        return "payload"


print("raise a class:")
try:
    raise Loud
except Loud as e:
    print("caught", type(e).__name__)
print("raise an instance:")
try:
    raise Loud(1, 2)
except Loud as e:
    print("caught, then shown:", e)
print("a built-in error holding an object:")
try:
    raise ValueError(Shown())
except ValueError as e:
    print("caught")
    print(e)
print("a __str__ that fails is still the error raised:")
try:
    raise Broken("x")
except Broken as e:
    print("caught Broken", e.args)
except ValueError:
    print("caught the ValueError instead")
try:
    str(Broken())
except ValueError as e:
    print("str() itself raises:", e)
e = Loud("late")
e.args = ("changed",)
raise e
