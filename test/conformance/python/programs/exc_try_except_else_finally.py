def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "failed"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally")


print(attempt(2))
print(attempt(0))
