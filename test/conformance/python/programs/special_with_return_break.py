class Log:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *args):
        print("exit")


def f():
    with Log():
        return "returned"


print(f())
for i in range(3):
    with Log():
        if i == 1:
            break
        print("body", i)
print("loop done")
