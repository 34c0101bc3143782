def bold(f):
    return lambda *a: "<b>" + f(*a) + "</b>"


def italic(f):
    return lambda *a: "<i>" + f(*a) + "</i>"


@bold
@italic
def text(s):
    return s.upper()


print(text("hey"))
