# A typo in a training report: CPython 3.11 scans the f-string first and refuses the bracket.
step, loss = 3, 0.25
print(f"step {step}: loss {loss:.4f}")
print(f"step {step}: loss {round(loss, 2))}")
