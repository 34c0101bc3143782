from collections import Counter

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"])
c.update("aaz")
print(c["a"], c["z"], sum(c.values()))
words = Counter(["x", "y", "x", "z", "x", "y"])
print(words.most_common(), sorted(words.elements()))
print(Counter({"a": 3, "b": 1}) + Counter({"a": 1, "c": 2}))
