class Module:
    def parameters(self):
        return []

    def zero_grad(self):
        for p in self.parameters():
            p["grad"] = 0


class Linear(Module):
    def __init__(self, n):
        self.w = [{"data": i * 0.5, "grad": 1.0} for i in range(n)]

    def parameters(self):
        return self.w


class Seq(Module):
    def __init__(self, *mods):
        self.mods = mods

    def parameters(self):
        return [p for m in self.mods for p in m.parameters()]


net = Seq(Linear(2), Linear(3))
print(len(net.parameters()), sum(p["grad"] for p in net.parameters()))
net.zero_grad()
print(sum(p["grad"] for p in net.parameters()), len(Module().parameters()))
