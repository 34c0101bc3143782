import random

random.seed(1)


class Neuron:
    def __init__(self, nin):
        self.w = [random.uniform(-1, 1) for _ in range(nin)]
        self.b = 0.0


layer = [Neuron(3) for _ in range(2)]
for n in layer:
    print([round(w, 12) for w in n.w], n.b)
