# An operator's node starts at its left operand's opening parenthesis, as in CPython's AST:
# the error's column is the `(`.
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)


a = None
show(lambda: (a) < 1)
show(lambda: (a) ** 2)
b = 2 * (
    (a) + 1)
