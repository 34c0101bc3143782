# time's _ns clocks (ints) and process_time, as a training script times its steps: only
# derived, deterministic facts are printed
import time

t0 = time.perf_counter_ns()
c0 = time.process_time()
w0 = time.time_ns()
total = 0
for step in range(2000):
    total += step * step
t1 = time.perf_counter_ns()
c1 = time.process_time()
print(type(t0).__name__, type(w0).__name__, type(c0).__name__, type(time.monotonic_ns()).__name__, type(time.process_time_ns()).__name__)
print('elapsed ns is an int >= 0:', isinstance(t1 - t0, int) and t1 >= t0, c1 >= c0)
print('wall clock after 2020:', w0 // 10**9 > 1577836800, abs(w0 / 1e9 - time.time()) < 60)
ms = (t1 - t0) / 1e6
print(f"step loop took {'under' if ms < 5000 else 'over'} 5 s; total={total}")
for bad in (lambda: time.time_ns(1), lambda: time.perf_counter_ns(None)):
    try:
        bad()
    except TypeError as e:
        print(e)
