class Layer:
    def __init__(self, nin):
        if nin <= 0:
            raise ValueError("nin must be positive")
        self.nin = nin


ok = Layer(3)
print("made", ok.nin)
bad = Layer(0)
print("unreachable")
