# operator's sequence helpers in a label-counting script: countOf and indexOf (an item counts
# when it is or equals the value), concat and iconcat (sequences only), and 3.11's call.
import operator
from functools import reduce

labels = ["cat", "dog", "cat", "bird", "cat", "dog"]
predictions = ["cat", "cat", "cat", "bird", "dog", "dog"]
for label in sorted(set(labels)):
    first = operator.indexOf(labels, label)
    print(f"{label:5} count={operator.countOf(labels, label)} first={first}")
print(operator.countOf([1, 1.0, True, 2], 1), operator.countOf("mississippi", "s"))
print(operator.indexOf(iter(range(10, 20)), 13), operator.indexOf((0.5, 0.25), 0.25))

batches = [[1, 2], [3], [4, 5, 6]]
print(reduce(operator.concat, batches), operator.concat((1,), (2, 3)), operator.concat("ab", "c"))
acc = []
same = operator.iconcat(acc, [7, 8])
print(same is acc, acc)


class Window:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Window(self.items + list(other))


print(operator.concat(Window([1]), (2, 3)).items)

correct = map(operator.eq, labels, predictions)
print(operator.countOf(correct, True), "of", len(labels), "right")
print(operator.call(max, [3, 9, 4]), operator.call(sorted, labels, key=len, reverse=True))

failures = [
    (operator.indexOf, (labels, "fish")),
    (operator.concat, (5, [1])),
    (operator.concat, ([1], (2,))),
    (operator.countOf, (labels,)),
    (operator.call, ()),
]
for f, args in failures:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    operator.countOf(labels, "cat", start=1)
except TypeError as e:
    print("TypeError", e)
