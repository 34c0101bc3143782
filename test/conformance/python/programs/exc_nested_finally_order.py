def level(n):
    try:
        print("enter", n)
        if n == 0:
            raise RuntimeError("bottom")
        level(n - 1)
    finally:
        print("leave", n)


try:
    level(3)
except RuntimeError as e:
    print("caught", e)
