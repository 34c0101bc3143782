# Exact-arithmetic gradient checks keep values as Fractions and read them back through the
# numbers protocol: real, imag and conjugate() (numbers.Real's, which Fraction inherits).
from fractions import Fraction

lr = Fraction(1, 10)
w = Fraction(3, 4)
grad = Fraction(-5, 6)
w_next = w - lr * grad
print(w_next, w_next.real, w_next.imag, w_next.conjugate(), repr(w_next.real))
print(w_next.real == w_next, w_next.real is w_next, type(w_next.imag).__name__, Fraction(7).real)
print([f.real + f.imag for f in (Fraction(1, 3), Fraction(-2, 5), Fraction(0))])
print(sum(f.conjugate() for f in (Fraction(1, 2), Fraction(1, 3), Fraction(1, 6))))
