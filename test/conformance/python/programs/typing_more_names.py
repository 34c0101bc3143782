# typing's names a modern training script imports: TypeAlias, DefaultDict, Deque, Counter,
# Hashable, NoReturn, Text, AnyStr, Annotated, final… (importable, printed as CPython does).
from collections import defaultdict, deque
from typing import (
    Annotated,
    AnyStr,
    Collection,
    Counter,
    DefaultDict,
    Deque,
    Hashable,
    MutableSequence,
    NoReturn,
    Text,
    TypeAlias,
    final,
)

Vector: TypeAlias = list[float]
LearningRate = Annotated[float, "lr", 0.1]


@final
class History:
    def __init__(self) -> None:
        self.losses: Deque[float] = deque(maxlen=3)
        self.seen: DefaultDict[str, int] = defaultdict(int)

    def add(self, tag: Text, loss: float) -> None:
        self.losses.append(loss)
        self.seen[tag] += 1


def stop(msg: str) -> NoReturn:
    raise RuntimeError(msg)


h = History()
for step, loss in enumerate([0.9, 0.5, 0.4, 0.35]):
    h.add("train" if step % 2 else "val", loss)
print(h.losses, dict(h.seen))
print(TypeAlias, DefaultDict[str, int], Deque[float], Counter[str], Hashable, NoReturn)
print(Text, AnyStr, LearningRate, Collection[Vector], MutableSequence[int])
try:
    stop("diverged")
except RuntimeError as e:
    print("stopped:", e)
