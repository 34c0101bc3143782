# Finding the data beside the script the usual way: os.path.realpath(__file__), then
# os.path.commonpath to check that a file asked for stays inside the data folder.
import os

HERE = os.path.dirname(os.path.realpath(__file__))
DATA = os.path.join(HERE, "data")
print(HERE == os.getcwd(), os.path.realpath(".") == os.getcwd())
print(os.path.relpath(os.path.realpath("data/./sub/../words.txt")))
print(os.path.relpath(os.path.realpath("missing/deeper/../file.txt")))
print(os.path.realpath("/"), os.path.realpath("//usr/./nowhere/../y/"))


def safe_open(name):
    path = os.path.realpath(os.path.join(DATA, name))
    if os.path.commonpath([path, DATA]) != DATA:
        raise ValueError(f"{name!r} is outside the data folder")
    with open(path) as f:
        return f.read().split()


print(safe_open("words.txt"))
try:
    safe_open("../main.py")
except ValueError as e:
    print("ValueError:", e)

print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b/c", "a/./b/d"]))
print(repr(os.path.commonpath(["/a//b/", "/a/b/c"])), repr(os.path.commonpath(["x", "y"])), repr(os.path.commonpath("ab")))
for bad in ([], ["/abs", "rel"], [1]):
    try:
        os.path.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.path.realpath("nothing/here", strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
for call in (lambda: os.path.realpath(7), lambda: os.path.realpath("a", True)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
