class Neuron:
    def __init__(self, nin, nonlin):
        self.nin = nin


n = Neuron(2, True)
print(n.nin)
m = Neuron(3)
