ALPHA = 0.5
BETA = [1, 2]
_hidden = "not exported by *"
_private = "imported by name"


def scaled(x):
    return ALPHA * x
