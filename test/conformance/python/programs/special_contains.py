class Evens:
    def __contains__(self, x):
        print("check", x)
        return x % 2 == 0


e = Evens()
print(4 in e, 3 in e, 3 not in e)


class Words:
    def __init__(self, *ws):
        self.ws = ws

    def __iter__(self):
        return iter(self.ws)


print("b" in Words("a", "b"), "z" in Words("a"))
