class TrainingDiverged(Exception):
    pass


def step(i, loss):
    print("step", i, loss)
    if loss > 10:
        raise TrainingDiverged(f"loss {loss} at step {i}")


loss = 1.0
for i in range(10):
    step(i, loss)
    loss *= 3
