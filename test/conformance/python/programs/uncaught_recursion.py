def depth(node):
    return 1 + depth(node)


print("start")
print(depth(0))
