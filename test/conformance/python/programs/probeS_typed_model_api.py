# A small model API written in an older typed style: abc's deprecated abstractproperty /
# abstractclassmethod / abstractstaticmethod, and typing.NewType for distinct names.
import abc
from typing import Dict, List, NewType

Weights = NewType("Weights", List[float])
ClassId = NewType("ClassId", int)
Label = NewType("labels.Label", str)


class Classifier(abc.ABC):
    @abc.abstractproperty
    def n_classes(self):
        ...

    @abc.abstractclassmethod
    def from_weights(cls, weights):
        ...

    @abc.abstractstaticmethod
    def score(weights, x):
        ...


print(sorted(Classifier.__abstractmethods__))
for attr in ("n_classes", "from_weights", "score"):
    print(attr, Classifier.__dict__[attr].__isabstractmethod__)
try:
    Classifier()
except TypeError as e:
    print("TypeError:", e)


class Partial(Classifier):
    @property
    def n_classes(self):
        return 2


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class Linear(Partial):
    def __init__(self, weights: Weights):
        self.weights = weights

    @classmethod
    def from_weights(cls, weights):
        return cls(Weights(list(weights)))

    @staticmethod
    def score(weights, x):
        return sum(w * v for w, v in zip(weights, x))

    def predict(self, x) -> ClassId:
        return ClassId(1 if self.score(self.weights, x) > 0 else 0)


model = Linear.from_weights([0.5, -1.0, 0.25])
names: Dict[ClassId, Label] = {ClassId(0): Label("cat"), ClassId(1): Label("dog")}
for x in ([1.0, 0.2, 0.0], [0.0, 1.0, 1.0], [2.0, 0.5, 4.0]):
    c = model.predict(x)
    print(x, c, names[c], type(c).__name__)
print(model.n_classes, Linear.__abstractmethods__, isinstance(model, Classifier))

prop = abc.abstractproperty(lambda self: 42)
print(prop.__isabstractmethod__, prop.fget(None), isinstance(prop, property))

print(Weights, ClassId, Label, Label.__name__, Label.__qualname__, ClassId.__supertype__)
print(Weights.__supertype__, ClassId.__module__, callable(ClassId), ClassId(7) * 6)
for args, kwargs in [((), {}), ((1, 2), {}), ((), {"x": 1})]:
    try:
        ClassId(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
