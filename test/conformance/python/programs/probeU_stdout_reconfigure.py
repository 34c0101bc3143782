# Scripts that print names in Chinese or emoji loss markers start by making sure the output is
# UTF-8: sys.stdout.reconfigure(encoding="utf-8"), with CPython's checks of its arguments.
import sys

sys.stdout.reconfigure(encoding="utf-8")
print("訓練開始 🚀", sys.stdout.encoding, sys.stdout.errors)
print("stderr escapes what it cannot encode:", sys.stderr.errors)

attempts = [
    ("positional", lambda: sys.stdout.reconfigure("utf-8")),
    ("unknown codec", lambda: sys.stdout.reconfigure(encoding="utf-42")),
    ("bad keyword", lambda: sys.stdout.reconfigure(encode="utf-8")),
    ("bad newline", lambda: sys.stdout.reconfigure(newline="\t")),
    ("encoding type", lambda: sys.stdout.reconfigure(encoding=8)),
    ("nothing", lambda: sys.stdout.reconfigure()),
]
for label, call in attempts:
    try:
        print(label, "->", call())
    except (TypeError, ValueError, LookupError) as e:
        print(label, "->", type(e).__name__, e)

sys.stdout.reconfigure(errors="replace")
print(sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding="UTF8")
print(sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(line_buffering=True, write_through=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stderr.reconfigure(encoding="utf-8", errors="backslashreplace")
print(sys.stderr.encoding, sys.stderr.errors)

with open(__file__, encoding="utf-8") as f:
    print(f.line_buffering, f.write_through, f.errors)
    f.reconfigure(errors="ignore")
    print(f.errors, f.readline().strip()[:20])
for step in range(3):
    print(f"步驟 {step}: 損失 {1 / (step + 1):.3f} {'✓' if step else '…'}")
