"""dir() of a bound method lists __call__, __func__ and __self__; dir() of a deque lists maxlen, as CPython's."""
import collections


class Greeter:
    def hello(self):
        return "hi"


bound = Greeter().hello
print(dir(bound))
print([n for n in ("__call__", "__func__", "__self__", "__name__") if n in dir(bound)], bound.__name__)
d = collections.deque([1, 2], maxlen=3)
print([n for n in dir(d) if not n.startswith("_")], d.maxlen, collections.deque().maxlen)
