# PEP 654's ExceptionGroup and BaseExceptionGroup: CPython 3.11's construction checks and
# messages, message/exceptions, str/repr, nesting, notes, and subgroup/split/derive.
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions, eg.args)
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
b = BaseExceptionGroup("b", [ValueError(), KeyError("k")])
print(type(b).__name__, repr(b))
b2 = BaseExceptionGroup("b2", [KeyboardInterrupt(), ValueError()])
print(type(b2).__name__, repr(b2))
excs = [ValueError(1)]
eg2 = ExceptionGroup("from list", excs)
excs.append(TypeError())
print(eg2.exceptions, eg2.args, type(eg2.exceptions).__name__)
print(ExceptionGroup("t", (ValueError(),)).args)
for bad in [
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup(),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup("m", None),
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", ()),
    lambda: ExceptionGroup("m", [ValueError(), 2]),
    lambda: ExceptionGroup("m", [ValueError]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m", {ValueError()}),
    lambda: ExceptionGroup("m", "abc"),
    lambda: ExceptionGroup("m", excs=[ValueError()]),
    lambda: BaseExceptionGroup("m", [SystemExit()], x=1),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")]), ZeroDivisionError()])
print(repr(nested))
print(len(nested.exceptions), nested.exceptions[1].exceptions)
print(isinstance(nested, ExceptionGroup), isinstance(nested, BaseExceptionGroup), isinstance(nested, Exception))
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(eg, "__notes__"))
eg.add_note("a note")
print(eg.__notes__)
print(eg.__cause__, eg.__context__)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), ZeroDivisionError()])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.subgroup(TypeError)))
print(repr(nested.subgroup(KeyError)))
print(repr(nested.subgroup((TypeError, ZeroDivisionError))))
print(nested.subgroup(Exception) is nested)
print(nested.subgroup(ExceptionGroup) is nested)
inner = nested.exceptions[1]
print(nested.subgroup(lambda e: e is inner) is nested)
print(repr(nested.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == "c")))
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
m, r = nested.split(Exception)
print(m is nested, r)
m, r = nested.split(OSError)
print(m, r is nested)
m, r = nested.split(lambda e: not isinstance(e, ExceptionGroup) and "b" in e.args)
print(repr(m), repr(r))
for bad in (1, "x", [ValueError], (ValueError, 2), int):
    try:
        nested.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    nested.subgroup(None)
except TypeError as e:
    print("TypeError:", e)
d = nested.derive([KeyError("k")])
print(repr(d), d.__cause__, d.__context__)
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
m, r = b.split(ValueError)
print(repr(m), repr(r), type(m).__name__, type(r).__name__)
m, r = b.split(KeyboardInterrupt)
print(repr(m), type(m).__name__, repr(r), type(r).__name__)
# split keeps notes, cause, context and traceback on the new groups
eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
eg.add_note("n1")
eg.__cause__ = KeyError("cause")
eg.__context__ = IndexError("ctx")
m, r = eg.split(ValueError)
print(m.__notes__, repr(m.__cause__), repr(m.__context__), r.__notes__)
print(m.__notes__ is eg.__notes__)
class MyEG(ExceptionGroup):
    pass
my = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(my), str(my))
m, r = my.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__)
class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "!", excs)
dm, dr = Derived("d", [ValueError(1), TypeError(2)]).split(TypeError)
print(type(dm).__name__, repr(dm), repr(dr))
print(repr(Derived("d", [ValueError(1), TypeError(2)]).subgroup(ValueError)))
try:
    MyEG("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("m", [ValueError()], x=1)
except TypeError as e:
    print("TypeError:", e)
print(repr(ExceptionGroup("r", range(1, 2)) if False else ExceptionGroup("ok", [ValueError()])))
try:
    ExceptionGroup("r", range(2))
except ValueError as e:
    print("ValueError:", e)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
print(plain.__suppress_context__, plain.split(ValueError)[0].__suppress_context__)
print("done")
