def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print(tag, "closed")


for n in numbers("break"):
    if n == 1:
        break
print("after break")


def first_big(limit):
    for n in numbers("return"):
        if n > limit:
            return n
    return None


print("first_big", first_big(2))

try:
    for n in numbers("exception"):
        if n == 3:
            raise ValueError("stop at 3")
except ValueError as e:
    print("caught", e)

for n in numbers("exhausted"):
    pass
print("after exhausted")

for n in numbers("else"):
    if n == 10:
        break
else:
    print("loop else")

# A generator someone else holds is not closed by leaving the loop.
held = numbers("held")
for n in held:
    if n == 1:
        break
print("held continues", next(held), list(held))


def pairs():
    for a in numbers("inner of outer"):
        yield a, a * a


for a, sq in pairs():
    if a == 2:
        break
print("nested closed")


def loud():
    try:
        yield 1
        yield 2
    finally:
        print("loud finally")
        yield "again"


for x in loud():
    break
print("an ignored GeneratorExit is only reported")


def method_source():
    class Bag:
        def __init__(self, items):
            self.items = items

        def each(self):
            try:
                yield from self.items
            finally:
                print("Bag.each closed")

    return Bag([1, 2, 3])


bag = method_source()
for item in bag.each():
    if item == 2:
        break
print("after method loop")


def with_finally():
    try:
        for n in numbers("inside try"):
            if n == 1:
                return "returned"
    finally:
        print("function finally")


print(with_finally())
