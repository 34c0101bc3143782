# A field that is not an expression: 3.11 parses it as "(a b)" and places the error there.
names = ["a", "b"]
print(f"{len(names)} names")
print(f"names: {names[0] names[1]}")
