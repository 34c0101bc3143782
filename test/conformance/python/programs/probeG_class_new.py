# C.__new__ of a class that defines none is object.__new__ (or its built-in base's): a
# skeleton's test can make an instance without running __init__ (it raised AttributeError).


class Network:
    def __init__(self, sizes):
        raise NotImplementedError("Network.__init__")

    def __repr__(self):
        return f"Network(layers={getattr(self, 'layers', 'unset')})"


net = Network.__new__(Network)
print(net, type(net).__name__, Network.__new__ is object.__new__)
net.layers = [2, 3, 1]
print(net)


class Deep(Network):
    pass


print(type(Deep.__new__(Deep)).__name__, Deep.__new__ is Network.__new__)


class Batch(list):
    pass


b = Batch.__new__(Batch)
b.extend([1, 2])
print(type(b).__name__, b, Batch.__new__ is list.__new__)


class Counted:
    made = 0

    def __new__(cls, *args):
        cls.made += 1
        return super().__new__(cls)


class Sub(Counted):
    pass


Sub.__new__(Sub)
Sub()
print(Sub.made, Sub.__new__ is Counted.__new__, callable(Network.__new__))
try:
    Network(3)
except NotImplementedError as e:
    print("NotImplementedError:", e)
