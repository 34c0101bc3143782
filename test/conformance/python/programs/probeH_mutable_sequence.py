# A class deriving from collections.abc.MutableSequence gets append, extend, pop, remove,
# reverse, clear and += from its own insert/__getitem__/__setitem__/__delitem__/__len__.
from collections.abc import MutableSequence, Sequence


class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)

    def _check(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._check(value)
        self._items[i] = value

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, value):
        self._check(value)
        self._items.insert(i, value)

    def __repr__(self):
        return f"TypedList({self.kind.__name__}, {self._items})"


nums = TypedList(int, [3, 1, 2])
nums.append(5)
nums.extend([7, 7])
nums += [9]
print(nums, len(nums), nums[1], nums[-1], 7 in nums, nums.index(7), nums.count(7))
print(list(reversed(nums)), nums.pop(), nums.pop(0), nums)
nums.remove(7)
nums.reverse()
print(nums, sorted(nums), sum(nums), isinstance(nums, Sequence))
nums.extend(nums)
print(nums)
for bad in ["x", 2.5]:
    try:
        nums.append(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    nums.remove(100)
except ValueError as e:
    print("ValueError:", e)
nums.clear()
print(nums, len(nums))
try:
    nums.pop()
except IndexError as e:
    print("IndexError:", e)


class Half(MutableSequence):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 0


try:
    Half()
except TypeError as e:
    print("TypeError:", e)
