# A `*` width or precision in %-formatting takes any int: a bool, an int subclass's
# instance; a negative width left-aligns; one past a C ssize_t is an OverflowError.
class Columns(int):
    pass


rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("plums", 7, 1.125)]
width = Columns(8)
for name, count, price in rows:
    print("%-*s|%*d|%.*f" % (width, name, 4, count, Columns(2), price))

print("%.*f|%*d|" % (True, 1.2345, False, 7))
print("%*s|%-*s|" % (-5, "ab", -3, "c"))
print("%*s|" % (2**3, "a"))

for args in [(2**70, 5), (2.0, 5), ("3", 5), (None, 5)]:
    try:
        print("%*d|" % args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("%.*f" % (1.5, 2.0))
except TypeError as e:
    print("TypeError:", e)
