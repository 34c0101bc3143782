# A Windows path typed into a plain string: \x needs two hex digits.
names = ["a", "b"]
print(len(names))
path = "C:\data\xtra\names.txt"
print(path)
