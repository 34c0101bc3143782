# 3.11's add_note and __notes__; the args CPython gives errors raised by built-ins.
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, repr(e), str(e))
try:
    e.add_note(5)
except TypeError as t:
    print(repr(t))
try:
    raise KeyError("k")
except KeyError as k:
    k.add_note("while looking up")
    print(k.__notes__, k.args)

for action in (lambda: {}.popitem(), lambda: set().pop()):
    try:
        action()
    except KeyError as k:
        print(repr(k), str(k), k.args)
try:
    2.0**10000
except OverflowError as o:
    print(repr(o), str(o), o.args)
