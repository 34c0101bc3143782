class BadLen:
    def __len__(self):
        return -1


class NoLen:
    pass


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()()
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
