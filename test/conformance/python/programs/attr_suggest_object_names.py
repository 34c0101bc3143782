# An AttributeError on an instance suggests from dir(instance), which holds object's own
# names too: '__ne__' is closer to '__name__' than the class's '__call__'.
class Wrapper:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args):
        return self.fn(*args)


w = Wrapper(len)
print(w([1, 2, 3]))
try:
    w.__name__
except AttributeError as e:
    print(e)
try:
    w.__reper__
except AttributeError as e:
    print(e)
print(w.__name__)
