scale = lambda v: v * factor
print("defined")
print(scale(2))
