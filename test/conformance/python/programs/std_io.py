# io.StringIO as a file in memory: print(file=...), csv, reading back by lines, seek and
# truncate; contextlib.redirect_stdout capturing a training loop's prints.
import contextlib
import csv
import io
import sys

buf = io.StringIO()
for epoch in range(3):
    print(f"epoch {epoch} loss {1.0 / (epoch + 1):.3f}", file=buf)
text = buf.getvalue()
print(repr(text))
print("lines:", text.splitlines())

buf.seek(0)
print("first:", buf.readline().strip())
print("rest:", buf.readlines())
buf.seek(0)
for n, line in enumerate(buf):
    print(n, line, end="")
print("tell at end:", buf.tell(), "== len:", len(text))

log = io.StringIO("header\nrow 1\nrow 2\n")
print("read(6):", log.read(6), "then:", repr(log.readline()))
print("write returns", log.write("X"), "->", repr(log.getvalue()))
print("truncate:", log.truncate(6), repr(log.getvalue()))
print("seek end:", log.seek(0, io.SEEK_END))

with io.StringIO() as f:
    f.write("inside with")
    print("closed in with:", f.closed, repr(f.getvalue()))
print("closed after:", f.closed)
try:
    f.getvalue()
except ValueError as e:
    print("closed:", e)

# csv writes rows to a StringIO and reads them back from one.
out = io.StringIO()
w = csv.writer(out)
w.writerow(["name", "value"])
w.writerows([["w1", 0.5], ["b", -1.25], ["note", "a, b"]])
print(repr(out.getvalue()))
out.seek(0)
for row in csv.reader(out):
    print(row)
for record in csv.DictReader(io.StringIO("x,y\n1,2\n3,4\n")):
    print(dict(record))

# Newline modes.
print(io.StringIO("a\r\nb\rc", newline=None).readlines())
print(io.StringIO("a\r\nb\rc", newline="").readlines())
print(repr(io.StringIO("a\nb", newline="\r\n").getvalue()))


# redirect_stdout: print() inside the block writes into the buffer.
def train(steps):
    for i in range(steps):
        print("step", i)
    return steps


captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    result = train(3)
print("captured:", repr(captured.getvalue()), "result:", result)
print("stdout restored:", sys.stdout is sys.__stdout__)

try:
    with contextlib.redirect_stdout(captured):
        print("before error")
        raise RuntimeError("diverged")
except RuntimeError as e:
    print("error:", e, "| restored:", sys.stdout is sys.__stdout__)
print(captured.getvalue().splitlines()[-1])

errors = io.StringIO()
with contextlib.redirect_stderr(errors):
    print("warning text", file=sys.stderr)
print("stderr captured:", repr(errors.getvalue()))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("shout", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO))

for bad in (lambda: io.StringIO(5), lambda: io.StringIO().write(5), lambda: io.StringIO().seek(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
