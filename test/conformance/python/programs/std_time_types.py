import time

t0 = time.time()
t1 = time.perf_counter()
x = sum(range(1000))
print(type(t0).__name__, type(t1).__name__, time.time() >= t0, x)
print(time.perf_counter() - t1 >= 0)
