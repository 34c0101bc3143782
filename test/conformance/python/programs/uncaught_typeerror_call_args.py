def train(model, steps, *, lr):
    return steps * lr


print(train(None, 3, lr=0.5))
print(train(None, 3, 0.5))
