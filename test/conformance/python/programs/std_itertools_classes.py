# itertools' makers are the classes of what they make (<class 'itertools.chain'>,
# isinstance(it, itertools.islice)), chain.from_iterable among chain's attributes; count()
# wants numbers and islice() 2 to 4 arguments, with CPython's messages.
import itertools
from itertools import chain, count, islice

batches = islice(count(0, 4), 3)
print(itertools.chain, count, isinstance(batches, islice), type(chain([])) is chain)
print(list(batches), list(chain.from_iterable([["a"], ["b", "c"]])), count.__name__, count.__module__)
for bad in (lambda: count("0"), lambda: count(0, []), lambda: islice([1]), lambda: islice(*range(5))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
