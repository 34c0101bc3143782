# A class without __match_args__ takes no positional sub-patterns.
class Neuron:
    def __init__(self, w, b):
        self.w = w
        self.b = b


match Neuron(0.5, 0.1):
    case Neuron(w=w, b=0.1):
        print("bias 0.1, weight", w)
match Neuron(0.5, 0.1):
    case Neuron(0.5, b):
        print("never")
