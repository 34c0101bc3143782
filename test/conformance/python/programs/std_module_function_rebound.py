# A module function called through its module after the program rebinds it (math.sqrt =
# ..., math.exp = math.log), a missing one, and the module name rebound while the argument of
# its call is evaluated: the direct call of a module function must see what getattr sees.
import math, random
print(math.pi, math.__name__, type(math.__dict__).__name__)
math.sqrt = lambda x: "mine"
print(math.sqrt(4))
try:
    math.no_such(4)
except AttributeError as e:
    print(e)
math.exp = math.log
print(math.exp(1.0), math.exp(math.e))
import math as m2
print(m2 is math)
def side():
    global math
    math = random
    return 0.5
import math
print(math.floor(side()))
