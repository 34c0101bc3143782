# A batch of inputs that is a float, not a tuple, unpacked into the model's call: reported at
# the whole call (CPython 3.11's CALL_FUNCTION_EX position), naming the callee.
def predict(*xs, scale=1.0):
    return scale * sum(xs)


batch = [(1.0, 2.0), (0.5, 0.5), 3.0]
for inputs in batch:
    print(
        predict(
            *inputs, scale=0.5
        )
    )
