def train(model, *, steps=10, lr=0.01):
    return f"{model}: {steps} steps at {lr}"


def scale(x, *, by):
    return x * by


print(train("m"), train("m", lr=0.5), train("m", steps=3, lr=1))
print(scale(3, by=2))
try:
    scale(3, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    scale(3)
except TypeError as e:
    print("TypeError:", e)
