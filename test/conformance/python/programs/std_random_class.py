# random.Random is a class: isinstance, subclasses with methods of their own, copy and deepcopy
# carrying the generator's state, CPython's error for too many arguments.
import random, copy
r = random.Random(5)
print(type(r).__name__, type(r).__module__, isinstance(r, random.Random), random.Random.__name__)
print(r.random(), r.randint(1, 10), r.getrandbits(40))
c = copy.copy(r); d = copy.deepcopy(r)
print(r.random(), c.random(), d.random())
class My(random.Random):
    def pick(self):
        return self.choice("abcdef")
m = My(3)
print(m.pick(), m.random(), isinstance(m, random.Random), type(m).__name__)
s = random.Random("seed"); s.seed(7); print(s.random(), s.gauss(), s.sample(range(10), 3))
st = s.getstate(); a = s.random(); s.setstate(st); print(a == s.random())
x = random.Random(); y = random.Random(None); print(type(x.random()).__name__)
print(random.Random(1).random() == random.Random(1.0).random(), random.Random(-1).random() == random.Random(1).random())
try:
    random.Random(1, 2)
except TypeError as e:
    print(e)
print(r.__getstate__() == r.getstate())
