def classify(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ZeroDivisionError as e:
        return "math: " + str(e)
    except TypeError:
        return "type"
    except Exception as e:
        return "other: " + type(e).__name__
    return "fine"


print(classify(lambda: {}["k"]))
print(classify(lambda: [][1]))
print(classify(lambda: 1 // 0))
print(classify(lambda: 1 + "a"))
print(classify(lambda: int("x")))
print(classify(lambda: None))
