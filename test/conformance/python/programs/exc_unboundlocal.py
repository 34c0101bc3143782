count = 0


def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


bump()


def later():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1


later()
