# random.choice takes len(seq) first (a TypeError for what has none); math.log checks its
# argument count by hand, with its own message.
import math
import random


def show(f):
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)


random.seed(3)
show(lambda: random.choice(None))
show(lambda: random.choice([]))
show(lambda: random.choice(""))
show(lambda: random.choice(range(5)))
show(lambda: random.choice("ab"))
show(lambda: math.log())
show(lambda: math.log(1, 2, 3))
show(lambda: math.log(x=1))
show(lambda: math.log(8, 2))
loss = math.log()
