# Flattening a parameter list where one layer gave a float instead of a list: the inner
# clause's iter() fails at the comprehension's opening bracket, as in CPython 3.11.
layers = [[0.5, -0.25], [1.5], 0.75]
print(sum(len(l) for l in layers[:2]))
flat = [
    p
    for layer in layers
    for p in layer
]
print(flat)
