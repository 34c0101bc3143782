it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
print(next(it, "default"))
gen = (x for x in [])
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.args)
