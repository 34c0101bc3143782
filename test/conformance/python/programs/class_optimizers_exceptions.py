import math, random

class TrainingError(Exception):
    def __init__(self, step, msg="diverged"):
        super().__init__(f"step {step}: {msg}")
        self.step = step

class NanLoss(TrainingError):
    pass

class Optimizer:
    def __init__(self, params, lr=0.01):
        self.params = list(params)
        self.lr = lr
        self.state = {}
        self.t = 0
    def zero_grad(self):
        for p in self.params:
            p.grad = 0.0
    def step(self):
        raise NotImplementedError("subclasses implement step")
    def __repr__(self):
        return f"{type(self).__name__}(lr={self.lr})"

class SGD(Optimizer):
    def __init__(self, params, lr=0.1, momentum=0.0):
        super().__init__(params, lr)
        self.momentum = momentum
    def step(self):
        for i, p in enumerate(self.params):
            buf = self.state.setdefault(i, {'v': 0.0})
            buf['v'] = self.momentum * buf['v'] + p.grad
            p.data -= self.lr * buf['v']

class Adam(Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8):
        super().__init__(params, lr)
        self.b1, self.b2 = betas
        self.eps = eps
    def step(self):
        self.t += 1
        for i, p in enumerate(self.params):
            st = self.state.get(i)
            if st is None:
                st = self.state[i] = {'m': 0.0, 'v': 0.0}
            st['m'] = self.b1 * st['m'] + (1 - self.b1) * p.grad
            st['v'] = self.b2 * st['v'] + (1 - self.b2) * p.grad ** 2
            mh = st['m'] / (1 - self.b1 ** self.t)
            vh = st['v'] / (1 - self.b2 ** self.t)
            p.data -= self.lr * mh / (math.sqrt(vh) + self.eps)

class P:
    __slots__ = ('data', 'grad')
    def __init__(self, d): self.data, self.grad = d, 0.0
    def __repr__(self): return f"P({self.data:.5f})"

def quad_loss(ps):
    loss = 0.0
    for p in ps:
        loss += (p.data - 3) ** 2
        p.grad = 2 * (p.data - 3)
    return loss

for Opt, kw in [(SGD, dict(lr=0.1)), (SGD, {'lr': 0.1, 'momentum': 0.9}), (Adam, {'lr': 0.3})]:
    ps = [P(0.0), P(5.0)]
    opt = Opt(ps, **kw)
    for step in range(25):
        opt.zero_grad()
        l = quad_loss(ps)
        opt.step()
    print(opt, ps, f"{l:.6e}", len(opt.state))
try:
    Optimizer([]).step()
except NotImplementedError as e:
    print("NIE", e, repr(e))

def train(lrs):
    for lr in lrs:
        x = 1.0
        try:
            for step in range(100):
                x = x - lr * 2 * x
                if abs(x) > 1e6:
                    raise NanLoss(step)
                if step == 50 and lr == 0.2:
                    raise TrainingError(step, "manual stop")
        except NanLoss as e:
            print("nan at", e.step, "|", e, "|", e.args, isinstance(e, TrainingError))
        except TrainingError as e:
            print("training error", e)
        else:
            print("done lr", lr, f"{x:.3g}")
        finally:
            print("cleanup", lr)
train([0.1, 1.5, 0.2])

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad {s!r}") from e
try:
    parse("x1")
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    [][1]
except (IndexError, KeyError) as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("3.5")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    None.grad
except AttributeError as e:
    print(e)
try:
    P(1).foo
except AttributeError as e:
    print(e)
try:
    {'a': 1}['b']
except KeyError as e:
    print(e, repr(e))
try:
    raise KeyError("a", "b")
except LookupError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    assert 1 == 2, "mismatch"
except AssertionError as e:
    print("assert", e)
e = Exception("a", 1)
print(str(e), repr(e), e.args)
class E2(Exception):
    def __str__(self): return "custom str"
print(E2(), repr(E2("x")))
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 1e308, math.isnan(float('nan')), math.fsum([0.1] * 10))
print(math.floor(-2.5), math.ceil(2.1), round(2.5), round(3.5), round(2.675, 2), round(-0.5), math.trunc(-2.7), math.prod([1, 2, 3]))
print(math.log(8, 2), math.log2(8), math.log10(1000), math.log1p(1e-10), math.erf(0.5), math.atan2(1, 1))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(10), math.gcd(12, 18), math.dist([0, 0], [3, 4]), math.copysign(1, -0.0), math.degrees(math.pi))
