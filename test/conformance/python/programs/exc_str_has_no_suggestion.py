class Model:
    def __init__(self):
        self.weights = [1.0]


m = Model()
learning_rate = 0.1
try:
    m.weight
except AttributeError as e:
    print(str(e), e.args)
try:
    print(learning_rat)
except NameError as e:
    print(e)
print(m.weight)
