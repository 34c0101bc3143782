# A training loop's progress bar that asks the terminal for its width and falls back to its
# own when the output is not a terminal (a pipe, a notebook): os.get_terminal_size raises.
import os
import sys


def bar_width(default=40):
    try:
        return min(os.get_terminal_size().columns - 30, default)
    except OSError as e:
        print(f"(no terminal: {e}; errno={e.errno}, strerror={e.strerror!r})")
        return default


width = bar_width(24)
steps = 8
loss = 2.0
for step in range(1, steps + 1):
    loss *= 0.8
    done = int(width * step / steps)
    sys.stdout.write(f"\r[{'=' * done}{'.' * (width - done)}] {step}/{steps} loss {loss:.4f}")
    sys.stdout.flush()
print()

for fd in (7, -3):
    try:
        os.get_terminal_size(fd)
    except OSError as e:
        print(fd, type(e).__name__, e.args)
for bad in ("1", 1.0):
    try:
        os.get_terminal_size(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.get_terminal_size(1, 2)
except TypeError as e:
    print("TypeError:", e)
