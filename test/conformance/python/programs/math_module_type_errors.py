import math
for f in [lambda: math.exp('x'), lambda: math.log('x'), lambda: math.sqrt(None), lambda: math.tanh([1]), lambda: math.pow('a', 2), lambda: math.log(-1), lambda: math.sqrt(-1), lambda: math.exp(1000)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
