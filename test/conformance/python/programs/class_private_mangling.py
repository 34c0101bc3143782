def kwargs(**kw):
    return sorted(kw)


class Base:
    __count = 0

    def __init__(self):
        Base.__count += 1
        self.__secret = "base"

    def __helper(self):
        return "Base.__helper"

    def reveal(self):
        return self.__secret, self.__helper()

    @classmethod
    def count(cls):
        return cls.__count


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"

    def __helper(self):
        return "Child.__helper"

    def both(self):
        return self.__secret, self._Base__secret, self.__helper()


c = Child()
print(c.reveal(), c.both(), Base.count(), Child.count())
print(sorted(k for k in vars(c)))
print(hasattr(c, "__secret"), getattr(c, "_Child__secret"), Child._Base__count)


class __Hidden:
    def __repr__(self):
        return "Hidden()"


print(__Hidden())


class _Leading:
    __slots__ = ("__value", "plain")

    def __init__(self, v):
        self.__value = v
        self.plain = -v

    def get(self):
        inner = lambda: self.__value
        squares = [self.__value * k for k in range(3)]

        def nested():
            __local = self.__value + 1
            return __local

        return inner(), squares, nested()

    def keywords(self):
        return kwargs(__not_mangled=1, plain=2)

    def __dunder__(self):
        return "dunder kept"


x = _Leading(4)
print(x.get(), x.keywords(), x._Leading__value, x.__dunder__(), _Leading.__slots__)
try:
    x.__value = 1
except AttributeError as e:
    print("AttributeError:", e)


class ___:
    def __m(self):
        return "all underscores: not mangled"


print(___().__m())


class Errors:
    def missing_name(self):
        return __nowhere

    def missing_attr(self):
        return self.__nothing

    def handler(self):
        try:
            raise ValueError("v")
        except ValueError as __err:
            return repr(__err)


for meth in (Errors().missing_name, Errors().missing_attr, Errors().handler):
    try:
        print(meth())
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e)


class Registry:
    global __registered
    __registered = ["Registry"]

    def names(self, __extra="x"):
        return __extra


print(_Registry__registered, Registry().names(), Registry().names(_Registry__extra="y"))
