# sys.set_int_max_str_digits: the 4300-digit limit of str(int) and int(str), its messages,
# lifting it (0) for huge numbers, and the checks on the new limit.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
big = 3 ** 20000
for convert in (str, repr, lambda n: "%d" % n, lambda n: f"{n:,}"):
    try:
        convert(big)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), int("1" * 5000, 16) % 1000)

sys.set_int_max_str_digits(0)
digits = str(big)
print(len(digits), sum(int(d) for d in digits), digits[:12], digits[-12:])
print(int(digits) == big, len("%d" % big), len(f"{big:_}"), int("-" + digits) == -big)
print(int("21" * 3000, 3) % 1000003, int("zy" * 2600, 36) % 999983)

sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits(), len(str(10**999)))
try:
    print(10**1000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5" * 1001)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5" * 1000 + "x")
except ValueError as e:
    print("ValueError:", str(e)[:40])

for limit in [1, 639, 640, -5, "a", 2.5, True, 10**12]:
    try:
        sys.set_int_max_str_digits(limit)
        print(limit, "->", sys.get_int_max_str_digits())
    except (ValueError, TypeError, OverflowError) as e:
        print(limit, type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
for args, kwargs in [((1, 2), {}), ((), {"x": 1}), ((700,), {"maxdigits": 700}), ((), {})]:
    try:
        sys.set_int_max_str_digits(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.get_int_max_str_digits(1)
except TypeError as e:
    print("TypeError:", e)

# int(text, 0) refuses a leading zero before other digits, underscores or not.
print(int("0_0", 0), int("00", 0), int("0b1_0", 0), int("0o_17", 0))
for text in ["0_7", "00_7", "0_0_1", "07"]:
    try:
        int(text, 0)
    except ValueError as e:
        print("ValueError:", e)
