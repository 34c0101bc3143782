# A RecursionError's traceback: CPython's [Previous line repeated N more times] for the frames
# past the third alike, and the whole text's length. Whole lines: the file's path (its length
# too) depends on where the program is.
import traceback
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError:
    text = traceback.format_exc()
    print("\n".join(text.splitlines()[-9:]))
    print(len(text.splitlines()))
