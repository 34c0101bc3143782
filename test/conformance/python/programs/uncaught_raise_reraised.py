def risky():
    raise KeyError("token")


try:
    risky()
except KeyError:
    print("logging and re-raising")
    raise
