try:
    open("missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.filename, e.errno, e.strerror)
try:
    open("missing.txt")
except OSError as e:
    print(type(e).__name__, isinstance(e, OSError))
print("done")
