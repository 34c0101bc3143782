class Stack(list):
    pass


print(Stack([1]))


class Both(Stack, dict):
    pass
