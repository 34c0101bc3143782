# At the program's end, even one ended by an error, the generators its globals alone hold are
# closed, in the order the globals were bound (a deleted and rebound name comes last).
def numbers(tag):
    try:
        yield 1
    finally:
        print(tag, "closed")


def forget():
    global second
    del second


first = numbers("first")
next(first)
second = numbers("second")
next(second)
third = numbers("third")
next(third)
del first
first = numbers("first again")
next(first)
never = numbers("never started")
print("about to fail")
raise ValueError("the end")
