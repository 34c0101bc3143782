class Empty:
    def __len__(self):
        return 0


class Falsy:
    def __bool__(self):
        return False


class Plain:
    pass


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


for obj in [Empty(), Falsy(), Plain(), Both()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print(Empty() or "fallback", Plain() and "and-value", any([Falsy(), Empty()]))
x = Falsy()
while x:
    print("never")
print("end")
