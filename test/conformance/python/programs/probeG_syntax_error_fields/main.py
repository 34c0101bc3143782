# A SyntaxError (or IndentationError) raised by importing a local module carries the
# fields CPython gives it: msg, filename, lineno, offset, text, end_lineno; str(e) adds
# the file's base name and the line; the classes nest SyntaxError > IndentationError.


def describe(e):
    name = e.filename.split("/")[-1]
    print(type(e).__name__, "|", e.msg, "|", name, e.lineno, e.offset, repr(e.text))
    print("  str:", e)
    print("  args:", len(e.args), e.args[0], e.args[1][1:4])
    print("  subclass of SyntaxError:", isinstance(e, SyntaxError), e.print_file_and_line)


try:
    import broken_indent
except IndentationError as e:
    describe(e)

try:
    import broken_expr
except SyntaxError as e:
    describe(e)
    print("  end:", e.end_lineno, e.end_offset)

try:
    import imports_broken
except SyntaxError as e:
    print("nested import:", e.filename.split("/")[-1], e.lineno)

try:
    import broken_extra_indent
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, repr(e.text))

print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(IndentationError.__mro__[1].__name__, TabError.__mro__[1].__name__)

# Made by the program: the info tuple is optional, its fields readable and assignable.
e = SyntaxError("bad token", ("model.py", 7, 3, "w = = 1\n", 7, 5))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), repr(e))
e.msg = "still bad"
e.lineno = 8
print(e)
e.filename = None
print(e)
print(str(SyntaxError("only a message")), SyntaxError("m").lineno, repr(str(SyntaxError())))
print(SyntaxError("m", ("/x/y/loss.py", None, 1, "t")))
print(SyntaxError("m", (None, 4, 1, "t")))
print(IndentationError("unexpected indent", ("net.py", 2, 1, "  x\n")))
for info in [("f.py", 1, 2), ("f.py", 1, 2, "t", 1, 3, 9)]:
    try:
        SyntaxError("m", info)
    except TypeError as err:
        print("TypeError:", err)
try:
    raise IndentationError("expected an indented block")
except SyntaxError as err:
    print("caught", type(err).__name__, err.msg, err.lineno)

import broken_expr
