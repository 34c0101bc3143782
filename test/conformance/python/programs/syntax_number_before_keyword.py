# CPython 3.11's tokenizer lets a number run straight into `for`, `if`, `in`, `or`, `and`,
# `not`, `is` or `else` with a SyntaxWarning (on stderr) and runs the program.
def distance(a, b):
    return sum([(x - y)**2for x, y in zip(a, b)]) ** 0.5


points = [(0, 0), (3, 4), (6, 8)]
print([distance(p, q) for p, q in zip(points, points[1:])])
flags = [1if d > 4 else 0for d in (3, 5, 7)]
print(flags, 0x1for 0, 2in [1, 2], 0not in [1])
