# A module global bound to None is an attribute like any other (reading it gave an
# AttributeError); modules have CPython's __doc__, __package__ and, for a package,
# __path__; a folder without __init__.py (a namespace package) has __file__ None.
import settings
import layers
import weights.store

print(settings.best_loss, settings.checkpoint, settings.learning_rate)
print(hasattr(settings, "best_loss"), getattr(settings, "checkpoint", "missing"))
for step, loss in enumerate([0.9, 0.4, 0.6]):
    if settings.best_loss is None or loss < settings.best_loss:
        settings.best_loss = loss
        settings.checkpoint = step
print("best", settings.best_loss, "at", settings.checkpoint)
settings.best_loss = None
print(settings.best_loss is None, settings.__doc__, settings.__package__ == "")

print(layers.dense.activation, layers.dense.size, layers.__doc__, layers.__package__)
print(layers.dense.__package__, layers.dense.__doc__)
print([p.split("/")[-1] for p in layers.__path__], hasattr(layers.dense, "__path__"))

print(weights.store.saved)
weights.store.save([1, 2])
print(weights.store.saved, weights.__file__, weights.__doc__, weights.__package__)
print([p.split("/")[-1] for p in weights.__path__], weights.store.__package__)

from settings import checkpoint

print(checkpoint)
try:
    settings.missing
except AttributeError as e:
    print("AttributeError:", e)
