# An error thrown into a suspended generator (gen.throw) starts at the yield where it is
# suspended, as CPython's traceback shows, not at the last statement the generator ran
# before it (tgrad reported `log.append(total)`, or the caller's next()).
def running_total(log):
    total = 0
    while True:
        step = yield total
        total += step
        log.append(total)


def ticker():
    n = 0
    while True:
        yield n
        n += 1


t = ticker()
print(next(t), next(t))
try:
    t.throw(ValueError("stop ticking"))
except ValueError as e:
    print("caught", e)

log = []
acc = running_total(log)
next(acc)
acc.send(3)
acc.send(4)
print(log)
print(acc.throw(KeyError("bad step")))
