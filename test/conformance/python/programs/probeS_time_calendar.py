# time's calendar functions as a training script uses them to stamp its logs and name its runs:
# gmtime, strftime, asctime, struct_time, mktime/localtime round trips, and their errors.
import time

EPOCHS = [0, 86399, 951782400, 1700000000.75, 1735689599, -1]
for secs in EPOCHS:
    t = time.gmtime(secs)
    print(t)
    print(" ", time.strftime("%Y-%m-%d %H:%M:%S | %a %A %b %B | %j %U %W %w %u | %G-W%V-%u", t))
    print(" ", time.strftime("%y %C %I%p %l%P %e %k | %D %F %T %R | %c", t), "|", time.asctime(t))

run_start = time.gmtime(1717243200)
run_name = time.strftime("run-%Y%m%d-%H%M%S", run_start)
print(run_name, run_start.tm_zone, run_start.tm_gmtoff, len(run_start), run_start[:3])
for epoch, loss in enumerate([0.9, 0.55, 0.31]):
    stamp = time.gmtime(1717243200 + 75 * epoch)
    print(f"[{time.strftime('%H:%M:%S', stamp)}] epoch {epoch} loss {loss:.3f}")

print(time.strftime("%%Y is %Y, tab%tend", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime("%Y-%m-%d %j", (2021, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime("%a", (2024, 1, 1, 0, 0, 0, 13, 1, 0)))
print(time.strftime("[%z][%Z]", (2024, 1, 1, 0, 0, 0, 0, 1, -1)))

made = time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0))
print(made, made.tm_zone, made.tm_gmtoff, made == (2024, 5, 6, 7, 8, 9, 0, 127, 0))
named = time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0, "ABC", 5400))
print(named.tm_zone, named.tm_gmtoff, time.strftime("%Z %z", named))

for secs in [0, 1000000000, 1720000000]:
    local = time.localtime(secs)
    print(time.mktime(local) == secs, time.ctime(secs) == time.asctime(local))

bad_tuples = [
    (2024, 13, 1, 0, 0, 0, 0, 1, 0),
    (2024, 1, 32, 0, 0, 0, 0, 1, 0),
    (2024, 1, 1, 24, 0, 0, 0, 1, 0),
    (2024, 1, 1, 0, 60, 0, 0, 1, 0),
    (2024, 1, 1, 0, 0, 62, 0, 1, 0),
    (2024, 1, 1, 0, 0, 0, -2, 1, 0),
    (2024, 1, 1, 0, 0, 0, 0, 367, 0),
    (2024, 1, 1),
    [2024, 1, 1, 0, 0, 0, 0, 1, 0],
]
for bad in bad_tuples:
    try:
        print(time.strftime("%Y", bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(args)
    except TypeError as e:
        print("TypeError", e)
