# Messages of built-in calls given wrong arguments: int/float methods named with their type,
# '%c' of an int outside Unicode, time.sleep of a non-number, len() of a huge __len__.
import time


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: (5).bit_length(1))
show(lambda: (5).bit_count(2))
show(lambda: (5).conjugate(0))
show(lambda: (5).as_integer_ratio(3))
show(lambda: (2.5).is_integer(1))
show(lambda: (2.5).hex(1))
show(lambda: (2.5).as_integer_ratio(1))
show(lambda: (2.5).conjugate(1))
show(lambda: (5).bit_length(x=1))
show(lambda: "%c" % 65)
show(lambda: "%c" % True)
show(lambda: "%c" % -1)
show(lambda: "%c" % 0x110000)
show(lambda: "%c" % 2.5)
show(lambda: "%c" % "ab")
show(lambda: time.sleep("1"))
show(lambda: time.sleep(None))
show(lambda: time.sleep([1]))
show(lambda: time.sleep(-1))
show(lambda: time.sleep(0))


class Huge:
    def __len__(self):
        return 2**63


show(lambda: len(Huge()))
print("%c%c" % (104, "i"))
print("%c" % 1114112)
