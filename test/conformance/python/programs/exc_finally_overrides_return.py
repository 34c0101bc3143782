def f():
    try:
        return "try"
    finally:
        print("cleanup")


def g():
    try:
        return "try"
    finally:
        return "finally"


def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return i


print(f(), g(), h())
