# A field's formatting (conversion, __format__, spec) fails at the whole f-string in 3.11;
# the spec's escapes are decoded as the literal text's are.
class Value:
    def __init__(self, data):
        self.data = data

    def __repr__(self):
        return f"Value(data={self.data})"


x = 5
print(f"{x:\x3e4}|{x:{'<'}\x34}|{'a':\N{DIGIT ONE}}|")
for spec in ["\n", "\x01", "q"]:
    try:
        print(f"{x:{spec}}")
    except ValueError as e:
        print(e)
try:
    print(f"{x:\n}")
except ValueError as e:
    print(e)
loss = Value(0.25)
print(f"{loss!r:>20}|")
print(
    "step",
    1,
    f"loss {loss.data:.4f} " f"value {loss:.4f}",
)
