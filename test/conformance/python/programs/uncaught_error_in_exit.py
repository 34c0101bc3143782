class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        raise ValueError("failed while closing")


with Ctx():
    print("body")
