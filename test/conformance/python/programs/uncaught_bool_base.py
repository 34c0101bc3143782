class Flag(int):
    pass


print(Flag(1) + 1)


class Strict(bool):
    pass
