print("reading")
with open("nope.txt") as f:
    print(f.read())
