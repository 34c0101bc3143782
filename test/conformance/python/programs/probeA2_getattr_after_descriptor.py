# An AttributeError raised inside a property getter or a descriptor's __get__ makes Python
# fall back to the class's __getattr__, as if the attribute had not been found at all.


class Lazy:
    def __init__(self):
        self.loaded = {"size": 3}

    @property
    def size(self):
        return self.loaded["size"]

    @property
    def broken(self):
        raise AttributeError("not loaded yet")

    @property
    def failing(self):
        raise KeyError("other errors pass through")

    def __getattr__(self, name):
        return f"fallback for {name}"


obj = Lazy()
print(obj.size)
print(obj.broken)
print(getattr(obj, "broken"))
print(hasattr(obj, "broken"))
try:
    obj.failing
except KeyError as e:
    print("KeyError", e)


class Guard:
    """A data descriptor whose __get__ refuses when the value is unset."""

    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.key]
        except KeyError:
            raise AttributeError(self.key) from None

    def __set__(self, obj, value):
        obj.__dict__[self.key] = value


class NonData:
    def __get__(self, obj, owner=None):
        raise AttributeError("non-data says no")


class Record:
    value = Guard()
    extra = NonData()

    def __getattr__(self, name):
        if name == "missing_too":
            raise AttributeError(f"Record has no {name!r} either")
        return f"<{name} via __getattr__>"


r = Record()
print(r.value)
r.value = 10
print(r.value)
print(r.extra)


class Strict:
    @property
    def missing_too(self):
        raise AttributeError("from the property")


# Without __getattr__ the property's own error stays; getattr's default still applies.
print(getattr(Strict(), "missing_too", "default"))
try:
    Strict().missing_too
except AttributeError as e:
    print("AttributeError", e)


class Both(Record):
    @property
    def missing_too(self):
        raise AttributeError("from the property")


# When __getattr__ raises too, that second error is the one seen.
try:
    Both().missing_too
except AttributeError as e:
    print("AttributeError", e)
print(Both().something)


# On a class, a descriptor's AttributeError goes to the metaclass's __getattr__.
class Registry(type):
    def __getattr__(cls, name):
        return f"{cls.__name__} registry has no {name}"


class Unset:
    def __get__(self, obj, owner=None):
        raise AttributeError("unset")


class Plugin(metaclass=Registry):
    config = Unset()


print(Plugin.config)
print(Plugin.other)
