# collections.UserString: a str-like class over self.data; new strings keep the subclass.
from collections import UserString
from collections.abc import Sequence


class Label(UserString):
    def banner(self):
        return f"** {self.data.upper()} **"


name = Label("widget box")
print(name.banner(), repr(name), str(name), len(name), isinstance(name, Sequence))
for made in (name + "es", "big " + name, name * 2, name[0:6], name.title(), name.replace("box", "set")):
    print(type(made).__name__, made)
print(name == "widget box", name == Label("widget box"), name < "x", "box" in name, Label("get") in name)
print(name.split(), name.partition(" "), name.find(Label("box")), name.count("o"), name.startswith("wid"))
print(name.center(16, "."), name.zfill(12), name.isalpha(), name.index("b"), list(name)[:3], sorted(Label("cab")))
print(Label("%s=%d") % ("n", 4), int(UserString("40")) + 2, float(UserString("0.5")), Label(3.5), Label(name).data)
print(f"[{name!s:>14}] [{name!r}]", hash(name) == hash("widget box"), name.translate(name.maketrans("o", "0")))
try:
    UserString()
except TypeError as e:
    print("TypeError:", e)
