# `self.__class__ = OtherState`: the state pattern switches an object's class in place;
# CPython refuses a non-class, a built-in type, or a class laid out differently.


class Door:
    def __init__(self):
        self.opened = 0
        self.become(ClosedDoor)

    def become(self, state):
        self.__class__ = state

    def describe(self):
        return f"{type(self).__name__} (opened {self.opened} times)"


class ClosedDoor(Door):
    def push(self):
        self.opened += 1
        self.become(OpenDoor)
        return "creak"


class OpenDoor(Door):
    def push(self):
        self.become(ClosedDoor)
        return "slam"


door = Door()
for _ in range(3):
    print(door.push(), "->", door.describe(), isinstance(door, OpenDoor))
try:
    door.missing()
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    pass


class Other:
    def hello(self):
        return f"hello from {type(self).__name__} with {vars(self)}"


class Slotted:
    __slots__ = ("a",)


class SameSlots:
    __slots__ = ("a",)


class MyList(list):
    pass


class Summing(list):
    def total(self):
        return sum(self)


class Problem(ValueError):
    pass


class Fault(KeyError):
    pass


thing = Plain()
thing.size = 3
for target in (7, int, Slotted, MyList, Other):
    try:
        thing.__class__ = target
        print("now", type(thing).__name__, thing.hello())
    except TypeError as e:
        print("TypeError:", e)

s = Slotted()
s.a = 1
s.__class__ = SameSlots
print(type(s).__name__, s.a)
nums = MyList([4, 5])
setattr(nums, "__class__", Summing)
print(type(nums).__name__, nums.total(), nums)
err = Problem("bad input")
try:
    err.__class__ = Fault
except TypeError as e:
    print("TypeError:", e)
try:
    del thing.__class__
except TypeError as e:
    print("TypeError:", e)


class Watched:
    def __setattr__(self, name, value):
        print("setting", name)
        super().__setattr__(name, value)


w = Watched()
w.__class__ = Other
print(type(w).__name__)
