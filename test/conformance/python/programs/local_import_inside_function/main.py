def compute():
    import mathy
    return mathy.triple(7)


print("before call")
print(compute())
print(compute())
