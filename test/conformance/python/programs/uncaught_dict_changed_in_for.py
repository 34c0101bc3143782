# Adding entries to a dict while looping over it: the RuntimeError of the iterator's next
# step is reported at the `for` line and column, as CPython 3.11 places FOR_ITER.
grads = {"w0": 0.1, "w1": -0.2}
for name in grads:
    if abs(grads[name]) > 0.15:
        grads[name + "_clipped"] = 0.15
print(grads)
