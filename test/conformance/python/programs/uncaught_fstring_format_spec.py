# A bad format spec in a long log line: CPython 3.11 reports the f-string's format error at
# the start of the whole string literal (implicit concatenation included).
history = [0.912, 0.455, 0.231]
for step, loss in enumerate(history, start=1):
    line = ("step " f"{step:>3} | "
            f"loss {loss:.4f} | "
            f"ratio {loss / history[0]:.1%}")
    print(line)
print("done " f"{len(history):.2s}")
