# A model keeps its activation as an Enum member; copying the model (copy.copy or a
# deepcopy snapshot for early stopping) keeps the very same member, as Enum members are
# singletons whose __copy__ and __deepcopy__ give themselves back.
import copy
from enum import Enum, IntEnum, Flag, auto


class Act(Enum):
    RELU = auto()
    TANH = auto()


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Perm(Flag):
    READ = 1
    WRITE = 2


class Model:
    def __init__(self):
        self.act = Act.TANH
        self.level = Level.HIGH
        self.perm = Perm.READ | Perm.WRITE
        self.weights = [0.5, -0.25]
        self.by_act = {Act.RELU: [1], Act.TANH: [2]}


m = Model()
best = copy.deepcopy(m)
m.weights[0] = 9.0
print(best.weights, best.act is Act.TANH, best.level is Level.HIGH, best.perm == m.perm)
print(best.act == Act.TANH, best.by_act[Act.TANH], list(best.by_act) == [Act.RELU, Act.TANH])
shallow = copy.copy(m)
print(shallow.act is m.act, shallow.weights is m.weights)
for member in [Act.RELU, Level.LOW, Perm.READ, Perm.READ | Perm.WRITE]:
    print(repr(member), copy.copy(member) is member, copy.deepcopy(member) is member)
print(copy.deepcopy([Act.RELU, (Act.TANH, Level.LOW)]))
print(Act.RELU.__copy__() is Act.RELU, Act.TANH.__deepcopy__({}) is Act.TANH)
