class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is None)
        return False


with Ctx("a") as v:
    print("inside", v)
with Ctx("b"), Ctx("c") as w:
    print("inside two", w)
try:
    with Ctx("d"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
