f = open("data.txt")
print(repr(f.readline()), repr(f.readline()))
rest = f.read()
print(repr(rest), repr(f.read()), f.closed)
f.close()
print(f.closed)
with open("data.txt") as g:
    pass
print(g.closed)
