# timeit over functions, as a micrograd benchmark uses it. Times vary from run to run, so a
# timer of the program's own makes them deterministic, and real timings print only their type.
import gc
import time
import timeit


class Value:
    def __init__(self, data):
        self.data = data

    def __add__(self, other):
        return Value(self.data + other.data)

    def __mul__(self, other):
        return Value(self.data * other.data)


calls = 0


def step():
    global calls
    calls += 1
    a = Value(2.0)
    b = Value(3.0)
    return (a * b + a).data


seconds = timeit.timeit(step, number=50)
print("timeit:", type(seconds).__name__, seconds >= 0, calls)
runs = timeit.repeat(step, repeat=3, number=10)
print("repeat:", len(runs), all(isinstance(r, float) for r in runs), calls)
print("Timer:", type(timeit.Timer(step).timeit(5)).__name__, calls)
print("default_timer is perf_counter:", timeit.default_timer is time.perf_counter)
print("defaults:", timeit.default_number, timeit.default_repeat)

# A fake clock: each read advances it by 1, so a timing is exactly one tick.
ticks = [0]


def clock():
    ticks[0] += 1
    return ticks[0]


log = []
print("ticks:", timeit.timeit(lambda: log.append("s"), setup=lambda: log.append("u"), timer=clock, number=4), log)
print("repeat ticks:", timeit.repeat(lambda: None, timer=clock, repeat=3, number=7))
t = timeit.Timer(lambda: None, timer=clock)
print("timer attribute:", t.timer is clock, t.timeit(0), t.repeat(2, 0))

# autorange: 1, 2, 5, 10… loops until a timing reaches 0.2 s (here 0.025 s per loop).
now = [0.0]


def work():
    now[0] += 0.025


def report(number, taken):
    print("  tried", number, round(taken, 3))


print("autorange:", timeit.Timer(work, timer=lambda: now[0]).autorange(report)[0])


# gc is paused while timing, and restored after, even if the statement raises.
def probe():
    print("gc enabled inside:", gc.isenabled())


timeit.timeit(probe, number=1)
print("gc enabled after:", gc.isenabled())


def broken():
    raise ValueError("bad step")


try:
    timeit.timeit(broken, number=3)
except ValueError as e:
    print("raised:", e, "gc enabled:", gc.isenabled())

# The default statement is "pass".
print("pass:", timeit.timeit(number=10) >= 0, timeit.Timer().timeit(3) >= 0)

for bad in (42, None):
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print("stmt", repr(bad), "->", e)
try:
    timeit.Timer(step, setup=3)
except ValueError as e:
    print("setup 3 ->", e)
try:
    timeit.Timer(step).timeit(2.5)
except TypeError as e:
    print("number 2.5 ->", e)
