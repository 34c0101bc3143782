# format() takes a str subclass's instance as its spec (a __format__ the program wrote gets
# it as it is); a __format__ may return a str subclass's instance; a nested spec field is
# formatted (its __format__, not its __index__), as CPython does.


class MyStr(str):
    pass


class Width:
    def __index__(self):
        return 5

    def __format__(self, spec):
        return "7"


class IndexOnly:
    def __index__(self):
        return 5

    def __repr__(self):
        return "IndexOnly()"


class FormatOnly:
    def __format__(self, spec):
        return "4"


class StrOnly:
    def __str__(self):
        return "3"


class ShowSpec:
    def __format__(self, spec):
        return "spec=" + repr(spec) + " " + type(spec).__name__


class NotStr:
    def __format__(self, spec):
        return 5


class SubStrResult:
    def __format__(self, spec):
        return MyStr("q")


class Plain:
    def __repr__(self):
        return "Plain()"


class MyInt(int):
    pass


def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: format(3.14159, MyStr(".2f")))
attempt(lambda: format(42, MyStr(">6")))
attempt(lambda: format("ab", MyStr("^6")))
attempt(lambda: format(True, MyStr("d")))
attempt(lambda: format(MyInt(7), MyStr("03")))
attempt(lambda: format(MyStr("ab"), MyStr(">4")))
attempt(lambda: f"{42:{MyStr('>6')}}")
attempt(lambda: format(ShowSpec(), MyStr("x")))
attempt(lambda: format(ShowSpec(), "x"))
attempt(lambda: format(ShowSpec()))
attempt(lambda: f"{ShowSpec():{MyStr('y')}}")
attempt(lambda: "{:z}".format(ShowSpec()))
attempt(lambda: "{:{s}}".format(ShowSpec(), s=MyStr("k")))
attempt(lambda: type(format(SubStrResult(), "")).__name__)
attempt(lambda: format(SubStrResult(), "") + "!")
attempt(lambda: format(Plain(), MyStr("")))
attempt(lambda: format(Plain(), MyStr("a")))
attempt(lambda: format(Plain(), 5))
attempt(lambda: format(1, b"d"))
attempt(lambda: format(NotStr(), ""))
attempt(lambda: f"{NotStr()}")
attempt(lambda: "{:>{w}}|".format("x", w=Width()))
attempt(lambda: "{:>{w}}|".format("x", w=FormatOnly()))
attempt(lambda: "{:>{w}}|".format("x", w=StrOnly()))
attempt(lambda: "{:>{w}}|".format("x", w=IndexOnly()))
attempt(lambda: f"{'x':>{Width()}}|")
attempt(lambda: f"{'x':>{StrOnly()}}|")
attempt(lambda: f"{'x':>{IndexOnly()}}|")
attempt(lambda: "{0:{1}}".format(3, MyStr("05")))
attempt(lambda: "{:>{}}".format("a", 3.0))
attempt(lambda: "{:>{}}".format("a", True))
