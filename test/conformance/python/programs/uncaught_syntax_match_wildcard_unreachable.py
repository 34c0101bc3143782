# '_' matches anything, so it must be the last case.
def kind(x):
    match x:
        case 1 | 2:
            return "small"
        case _:
            return "other"
        case 3:
            return "three"


print(kind(1))
