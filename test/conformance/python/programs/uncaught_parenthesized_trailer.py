# `(loss * 2).backward()` on a plain float: the attribute error is reported where the
# parenthesized atom starts (CPython's AST starts the trailer at the parenthesis).
def mse(preds, targets):
    return sum((p - t) ** 2 for p, t in zip(preds, targets)) / len(preds)


loss = mse([0.5, 1.5], [1.0, 1.0])
print(f"loss = {loss:.4f}")
grad = (loss * 2).backward()
