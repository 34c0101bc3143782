import random

from engine import Value
from nn import Module, Linear

random.seed(3)


class Model(Module):
    def __init__(self):
        self.l1 = Linear(3, 4)
        self.l2 = Linear(4, 4)
        self.out = Linear(4, 1, act=False)

    def forward(self, x):
        return self.out(self.l2(self.l1(x)))[0]

    def parameters(self):
        return self.l1.parameters() + self.l2.parameters() + self.out.parameters()


xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
model = Model()
print(len(model.parameters()), type(model).__mro__[1].__name__)
for step in range(8):
    preds = [model(x) for x in xs]
    loss = sum(((p - y) ** 2 for p, y in zip(preds, ys)), Value(0.0))
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data -= 0.05 * p.grad
    print(step, f"{loss.data:.10f}", [f"{p.data:.4f}" for p in preds])
print(loss.op, len(loss.operands), loss.operands[1].op)
try:
    Module()(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
