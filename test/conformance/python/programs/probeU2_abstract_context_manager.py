# contextlib.AbstractContextManager: __enter__ returns the object, __exit__ is abstract, and
# any class with both methods counts as a subclass.
from contextlib import AbstractContextManager, nullcontext, suppress


class Ledger(AbstractContextManager):
    def __init__(self, name):
        self.name = name
        self.entries = []

    def add(self, amount):
        self.entries.append(amount)

    def __exit__(self, exc_type, exc, tb):
        status = "failed" if exc_type else "balanced"
        print(f"{self.name}: {len(self.entries)} entries, {status}")
        return super().__exit__(exc_type, exc, tb)


with Ledger("march") as book:
    print("entered the same object:", isinstance(book, Ledger))
    book.add(10)
    book.add(-4)

try:
    with Ledger("april") as book:
        book.add(5)
        raise ValueError("bad entry")
except ValueError as err:
    print("still raised:", err)


class Unfinished(AbstractContextManager):
    pass


for cls in (Unfinished, AbstractContextManager):
    try:
        cls()
    except TypeError as err:
        print(err)


class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class HalfOff:
    def __enter__(self):
        return self

    __exit__ = None


print(isinstance(Manual(), AbstractContextManager), issubclass(Manual, AbstractContextManager))
print(isinstance(HalfOff(), AbstractContextManager), isinstance(3, AbstractContextManager))
print(isinstance(nullcontext(), AbstractContextManager), isinstance(suppress(), AbstractContextManager))
print(AbstractContextManager, issubclass(Ledger, AbstractContextManager))
print(Ledger("x").__exit__(None, None, None))
