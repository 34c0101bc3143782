# __debug__ cannot be bound, not even as a keyword argument: the error is the whole call's.
def train(steps, debug=False):
    return steps


print(train(3))
result = [1, 2, train(5, __debug__=True)]
