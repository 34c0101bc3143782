# A frozen config refuses assignment with dataclasses.FrozenInstanceError, an AttributeError
# whose class shows its module.
import dataclasses


@dataclasses.dataclass(frozen=True)
class Config:
    lr: float = 0.1
    steps: int = 100


cfg = Config()
try:
    cfg.lr = 0.5
except AttributeError as e:
    print(type(e), type(e).__module__, type(e).__name__, e)
print(dataclasses.FrozenInstanceError, dataclasses.FrozenInstanceError.__mro__[1])
