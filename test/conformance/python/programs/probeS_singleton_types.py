# The singletons' types as typed training code checks optional arguments with them:
# types.NoneType / EllipsisType / NotImplementedType, and calling a singleton's type.
import types


def schedule(step, warmup=None, decay=...):
    if isinstance(warmup, types.NoneType):
        warmup = 0
    if isinstance(decay, types.EllipsisType):
        decay = 0.5
    lr = 0.1 * min(1.0, (step + 1) / (warmup + 1))
    return lr * decay ** (step // 10)


for step in (0, 5, 25):
    print(step, round(schedule(step), 6), round(schedule(step, warmup=9, decay=0.9), 6))

print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(type(None) is types.NoneType, type(...) is types.EllipsisType)
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())
print(type(None)() is None, type(NotImplemented)() is NotImplemented)
print(isinstance(None, (int, types.NoneType)), isinstance(0, types.NoneType))
for t in (types.NoneType, types.EllipsisType, types.NotImplementedType):
    for args, kwargs in [((1,), {}), ((), {"x": 1})]:
        try:
            t(*args, **kwargs)
        except TypeError as e:
            print("TypeError:", e)
