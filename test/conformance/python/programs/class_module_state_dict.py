import math, random, copy, enum
class Act(enum.Enum):
    RELU = "relu"
    TANH = "tanh"
print(Act.RELU, repr(Act.TANH), Act("relu"), Act["TANH"].value, [a.name for a in Act], Act.RELU in Act, len(Act))
class Module:
    def __init__(self):
        self.training = True
    def train(self, mode=True):
        self.training = mode
        for m in self.children(): m.train(mode)
        return self
    def eval(self): return self.train(False)
    def children(self):
        return [v for v in vars(self).values() if isinstance(v, Module)]
    def named_parameters(self, prefix=""):
        for name, v in vars(self).items():
            if isinstance(v, Module):
                yield from v.named_parameters(prefix + name + ".")
            elif isinstance(v, list) and v and isinstance(v[0], float):
                yield prefix + name, v
    def state_dict(self): return {k: list(v) for k, v in self.named_parameters()}
    def load_state_dict(self, sd):
        for k, v in self.named_parameters():
            v[:] = sd[k]
    def __setattr__(self, name, value):
        if isinstance(value, float) and name != "p":
            value = round(value, 3)
        super().__setattr__(name, value)
class Dropout(Module):
    def __init__(self, p=0.5):
        super().__init__()
        self.p = p
    def __call__(self, xs):
        if not self.training: return xs
        return [0.0 if random.random() < self.p else x / (1 - self.p) for x in xs]
class Lin(Module):
    def __init__(self, n):
        super().__init__()
        self.w = [random.gauss(0, 1) for _ in range(n)]
        self.b = [0.0]
        self.scale = 1.23456
class Net(Module):
    def __init__(self):
        super().__init__()
        self.l1 = Lin(3)
        self.drop = Dropout(0.25)
        self.l2 = Lin(2)
random.seed(7)
net = Net()
print([n for n, _ in net.named_parameters()], net.l1.scale, net.drop.p)
print(net.drop.training, net.eval().drop.training, net.train().l1.training)
sd = net.state_dict()
sd2 = copy.deepcopy(sd); sd2["l1.w"][0] = 99.0
print(sd["l1.w"][0] != 99.0)
net.load_state_dict(sd2); print(net.l1.w[0])
print(net.drop([1.0, 2.0, 3.0, 4.0]))
net2 = copy.copy(net); print(net2.l1 is net.l1, copy.deepcopy(net).l1 is net.l1)
o = object.__new__(Lin)
print(type(o).__name__, hasattr(o, "w"), isinstance(net, Module), type(net) is Net, Net.__base__.__name__)
class Plain: pass
p = Plain()
print(str(p).startswith("<__main__.Plain object at 0x"), repr(Plain)[:16], Plain, type(p), type(Plain), type(len), type(None))
print(Plain.__name__, Plain.__module__, p.__class__ is Plain, __name__)
class WithStr:
    def __str__(self): return "with-str"
print(WithStr(), [WithStr()][0].__str__(), f"{WithStr()}", str(WithStr()), "%s" % WithStr(), repr(WithStr())[:18])
x = [1, [2, 3]]; y = copy.copy(x); z = copy.deepcopy(x); x[1].append(4)
print(y, z)
print(vars(Plain()) == {}, Plain.__dict__.get("__module__"))
print(math.floor(3.7), math.isfinite(1e308 * 10), float("-inf") < 0, int(True), str(None), bool("False"), bool(0.0), list("ab"), tuple([1]), set())
print(round(1e15 + 0.5), round(2.675, 2), 10 / 4, 10 // 4, -10 // 4, 2 ** 62, 2 ** 64, -(2 ** 63), 7 .bit_length(), (255).to_bytes(2, "big"))
print(1 < 2 < 3, 1 < 3 < 2, 0 == False, None is None, [] == [], [] is [], "a" < "b" < "c", (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
