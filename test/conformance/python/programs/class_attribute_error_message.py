class Thing:
    def __init__(self):
        self.size = 3


t = Thing()
try:
    print(t.sise)
except AttributeError as e:
    print("AttributeError", e)
try:
    Thing.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError", e)
