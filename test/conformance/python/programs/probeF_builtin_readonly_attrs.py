# Setting or deleting an attribute a built-in object has but cannot change: a method or a
# type's plain attribute "is read-only", a data descriptor (int.real, a builtin's __name__)
# "is not writable", range's and slice's members are a "readonly attribute".


def show(label, f):
    try:
        f()
        print(label, "ok")
    except AttributeError as e:
        print(label, "AttributeError:", e)


show("set str.upper", lambda: setattr("abc", "upper", 1))
show("del str.upper", lambda: delattr("abc", "upper"))
show("set list.sort", lambda: setattr([], "sort", None))
show("del list.append", lambda: delattr([3], "append"))
show("set dict.get", lambda: setattr({}, "get", 1))
show("set tuple.count", lambda: setattr((1,), "count", 1))
show("set int.__add__", lambda: setattr(1, "__add__", 1))
show("set int.real", lambda: setattr(1, "real", 1))
show("del int.real", lambda: delattr(1, "real"))
show("set int.numerator", lambda: setattr(5, "numerator", 1))
show("set float.imag", lambda: setattr(1.5, "imag", 1))
show("set print.__name__", lambda: setattr(print, "__name__", "echo"))
show("del print.__name__", lambda: delattr(print, "__name__"))
show("set print.foo", lambda: setattr(print, "foo", 1))
show("set range.start", lambda: setattr(range(3), "start", 1))
show("del range.stop", lambda: delattr(range(3), "stop"))
show("set slice.step", lambda: setattr(slice(1, 2), "step", 1))
show("set str.nope", lambda: setattr("abc", "nope", 1))
show("del str.nope", lambda: delattr("abc", "nope"))
words = ["b", "a"]
words.sort = lambda: None
