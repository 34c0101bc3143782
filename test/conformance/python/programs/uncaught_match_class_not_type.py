# A class pattern needs a class: calling a function in a pattern is a TypeError when it runs.
def is_positive(x):
    return x > 0


print("before")
match 5:
    case is_positive():
        print("positive")
