class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("forward", name)
        return getattr(self._target, name)


class Target:
    x = 1

    def hello(self):
        return "hello"


p = Proxy(Target())
print(p.x, p.hello(), p._target.x)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
