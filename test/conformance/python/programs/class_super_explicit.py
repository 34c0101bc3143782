class Base:
    def greet(self):
        return "base"


class Mid(Base):
    def greet(self):
        return "mid+" + super(Mid, self).greet()


class Top(Mid):
    def greet(self):
        return "top+" + Base.greet(self) + "+" + super().greet()


print(Top().greet())
