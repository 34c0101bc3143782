class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o): return N(self.v ** o.v)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v)
    def __abs__(self): return N(abs(self.v))
    def __repr__(self): return "N(%r)" % (self.v,)


a, b = N(7), N(-2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +b, abs(b), abs(-a))
