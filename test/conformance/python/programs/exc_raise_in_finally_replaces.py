try:
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("wins")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
