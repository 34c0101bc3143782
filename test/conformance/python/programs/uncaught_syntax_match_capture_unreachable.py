# A bare name captures anything, so a case after it could never run.
def kind(x):
    match x:
        case value:
            return f"got {value}"
        case 0:
            return "zero"


print(kind(1))
