# "%d" % obj converts as int(obj), "%x" % obj as obj.__index__(); a TypeError from a
# broken conversion becomes the format's own message, other errors pass through.


class Broken:
    def __int__(self):
        return "seven"

    def __index__(self):
        return 7.5


class Failing:
    def __int__(self):
        raise ValueError("cannot count")


class Fine:
    def __int__(self):
        return 7

    def __index__(self):
        return 255


for spec in ("%d", "%i", "%u", "%x", "%o", "%X"):
    try:
        print(spec % Broken())
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%d" % Failing())
except ValueError as e:
    print("ValueError:", e)
print("%d %x %o %05d" % (Fine(), Fine(), Fine(), Fine()))
