class Base:
    x = "base"

    def show(self):
        return self.x


class Derived(Base):
    x = "derived"


d = Derived()
print(d.show(), Base().show())
Base.x = "changed"
print(Base().show(), d.show())
d.x = "instance"
print(d.show(), Derived.x)
Derived.y = 5
print(d.y)
