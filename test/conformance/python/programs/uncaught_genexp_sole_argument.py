# A generator expression as a call's sole argument spans the call's parentheses in CPython's
# AST: iterating an int fails at the `(` of `sum(`, inside the generator's frame.
def total_loss(losses):
    return sum(l * l for l in losses)


print(total_loss([0.5, 1.5]))
print(total_loss(3))
