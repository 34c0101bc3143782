# globals() lists names in the order they were bound, as a dict keeps insertion order: a
# name a function declares global comes where the call bound it; a deleted one moves to the end.
a = 1
b = 2
del a
c = 3
a = 4
globals()['z'] = 5
def g():
    global w
    w = 1
for i in range(2):
    pass
try:
    1/0
except ZeroDivisionError as err:
    pass
import math as m
class K: pass
g()
x: int = 3
with open(__file__) as fh: pass
print([k for k in globals() if not k.startswith('__')])
print([k for k in vars() if not k.startswith('__')][-3:])
del b
print(list(globals())[-4:])
