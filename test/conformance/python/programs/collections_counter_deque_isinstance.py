# collections.Counter and collections.deque are classes: isinstance() takes them, type() of
# an instance is them, a program's class can derive from Counter; dataclasses'
# FrozenInstanceError shows its module.
from collections import Counter, deque
from dataclasses import FrozenInstanceError, dataclass

tally = Counter("mississippi")
line = deque([1, 2, 3], maxlen=3)
print(isinstance(tally, Counter), isinstance(tally, dict), type(tally) is Counter)
print(isinstance(line, deque), type(line) is deque, type(line).__name__)
print(Counter, deque, Counter.__module__, FrozenInstanceError)


class Votes(Counter):
    def winner(self):
        return self.most_common(1)[0][0]


v = Votes(["red", "blue", "red"])
print(v, v.winner(), isinstance(v, Counter), Votes.__mro__[1:3])


@dataclass(frozen=True)
class Pin:
    code: int


try:
    Pin(4).code = 5
except AttributeError as e:
    print(type(e), e)
print(isinstance(3, (deque, Counter)))
