# A parameter named __debug__: CPython's compiler places the error at the def.
class Neuron:
    def __init__(self, nin):
        self.nin = nin

    def forward(self, x, __debug__=False):
        return x
