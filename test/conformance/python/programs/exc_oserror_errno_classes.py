# OSError(errno, strerror) makes the subclass for the errno, as CPython's OSError.__new__
# does; a filename (and a second one) is kept apart from the args and shown by str().
for args in [(2, "No such file"), (13, "denied"), (17, "exists"), (20, "not a dir"),
             (21, "is a dir"), (99, "other"), (2,), ("2", "x")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.errno, e.strerror)
e = OSError(2, "x", "f.txt")
print(repr(e), str(e), e.filename, e.filename2, e.args)
e = OSError(2, "x", "f.txt", None, "g.txt")
print(repr(e), str(e), e.filename, e.filename2)
try:
    raise OSError(2, "gone", "data.csv")
except FileNotFoundError as err:
    print("caught", repr(err), isinstance(err, OSError), err)
print(type(FileNotFoundError(13, "x")).__name__, type(PermissionError(2, "x")).__name__)
try:
    open("no_such_file_here.txt")
except OSError as err:
    print(type(err).__name__, err.filename, err.errno, err.args, err)
