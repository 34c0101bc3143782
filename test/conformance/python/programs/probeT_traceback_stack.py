# traceback's view of the running stack (extract_stack, format_stack, print_stack) and
# TracebackException. The runner's own frames sit below the program's, so every look at the
# stack keeps to the program's frames with a limit.
import sys
import traceback


def where(depth):
    frames = traceback.extract_stack(limit=depth)
    return [(fr.name, fr.lineno, fr.line) for fr in frames]


class Node:
    def __init__(self, name):
        self.name = name
        self.made_in = where(3)

    def visit(self):
        return [where(2) for _ in range(1)]


def outer():
    return inner()


def inner():
    print(where(3))
    summary = traceback.extract_stack(limit=2)
    print(type(summary).__name__, len(summary), summary[-1].name, summary[0][2])
    print("".join(traceback.format_stack(limit=2)), end="")
    traceback.print_stack(limit=1, file=sys.stdout)
    print(traceback.format_stack(limit=1))
    print(summary.format() == traceback.format_list(summary))
    return "done"


print(outer())
print(Node("a").made_in)
print(Node("b").visit())


def squares():
    for i in range(2):
        yield where(2)


for frames in squares():
    print(frames)


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise KeyError(text) from e


try:
    load("x1")
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), len(te.stack), te.stack[0].name, type(te.stack).__name__)
    print(type(te.__cause__).__name__, te.__cause__.exc_type, te.__suppress_context__)
    print(te.__cause__.stack[-1].line, te.__context__ is not None)
    print("".join(te.format()), end="")
    print("---")
    print("".join(te.format(chain=False)), end="")
    print(list(te.format_exception_only()))
    te.print(file=sys.stdout, chain=False)
    again = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print("".join(again.format(chain=False)), end="")

try:
    {}["k"]
except KeyError as e:
    e.add_note("while looking up k")
    te = traceback.TracebackException.from_exception(e)
    e.add_note("later note")
    print(list(te.format_exception_only()), te.__notes__)
