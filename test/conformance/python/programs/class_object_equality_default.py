class Token:
    def __init__(self, text):
        self.text = text


a = Token("x")
b = Token("x")
print(a == b, a == a, a != b, a is b)
items = [a, b]
print(items.index(b), items.count(a), a in items, Token("x") in items)
d = {a: 1, b: 2}
print(len(d), d[a], d[b])
