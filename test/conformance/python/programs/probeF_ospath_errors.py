# os.path's functions are Python functions in CPython: their call errors are a def's, and a
# path of the wrong type gets os.fspath's message (os.stat's for the file tests).
import os
import os.path


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for name in ["basename", "dirname", "split", "splitext", "normpath", "isabs",
             "splitdrive", "exists", "isfile", "isdir", "lexists"]:
    fn = getattr(os.path, name)
    show(name + "(None)", lambda: fn(None))
    show(name + "([1])", lambda: fn([1]))
    show(name + "()", lambda: fn())
    show(name + "(a, b)", lambda: fn("a", "b"))
    show(name + "(x=)", lambda: fn(x="a"))
print(os.path.basename(p="a/b.txt"), os.path.splitext(p="x.tar.gz"))
print(os.path.exists(7), os.path.isfile(7), os.path.isdir(7))
show("join(1)", lambda: os.path.join(1))
show("join(a, None)", lambda: os.path.join("a", None))
show("join(a, b, 3)", lambda: os.path.join("a", "b", 3))
show("relpath('')", lambda: os.path.relpath(""))
show("relpath(None)", lambda: os.path.relpath(None))
show("relpath(a, 5)", lambda: os.path.relpath("a", 5))
show("relpath()", lambda: os.path.relpath())
show("commonprefix([])", lambda: os.path.commonprefix([]))
show("commonprefix(None)", lambda: os.path.commonprefix(None))
show("commonprefix([1])", lambda: os.path.commonprefix([1]))
show("getsize()", lambda: os.path.getsize())
show("getsize(None)", lambda: os.path.getsize(None))
try:
    os.path.getsize(99)
except OSError as e:
    print(repr(e), e.args, e.errno, e.strerror, e.filename)
try:
    os.listdir(99)
except OSError as e:
    print(repr(e), e.args, e.errno, e.strerror, e.filename)
try:
    open("no-such-file.txt")
except OSError as e:
    print(repr(e), e.args, e.errno, e.strerror, e.filename)
try:
    open(".")
except OSError as e:
    print(repr(e), e.args, e.errno, e.strerror, e.filename)
path = os.path.join("data", 2)
