# Scripts report progress with sys.stdout.write and print(..., file=...): both reach the
# program's output, and write() answers how many characters it wrote.
import sys

count = sys.stdout.write("epoch 1 ")
sys.stdout.write("done\n")
sys.stdout.flush()
print("wrote", count, "characters")
print("to stdout", "explicitly", sep=" | ", file=sys.stdout)
print("file=None means stdout", file=None)
print(sys.stdout.writable(), sys.stdout.readable())


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


log = Collector()
print("loss", 0.25, file=log)
print("step", 3, end="", file=log)
print(log.parts)

for bad in (42, None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x", file=3)
except AttributeError as e:
    print("AttributeError:", e)
