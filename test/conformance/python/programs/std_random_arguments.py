# random's argument handling as 3.11's random.py does it: integral floats in randint,
# version-2 states, shuffle of a bytearray swapping, choices' errors.
import random


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


random.seed(12)
t(lambda: random.randint(1.0, 3))
t(lambda: random.randint(1, 3.0))
t(lambda: random.randint(1.5, 3))
t(lambda: random.randint(1, 3.5))
t(lambda: random.randrange([1]))
x = bytearray(b"abcdefgh")
random.shuffle(x)
print(x)
t(lambda: random.shuffle((1, 2, 3)))
t(lambda: random.choices([], k=2))
t(lambda: random.choices([], cum_weights=[], k=1))
t(lambda: random.choices([1, 2], 2))
t(lambda: random.choices("abc", k=2.0))
st = random.getstate()
a = random.random()
random.setstate((2, tuple(w - 2**32 if w >= 2**31 else w for w in st[1]), None))
print(a == random.random())
t(lambda: random.setstate((1, st[1], None)))
