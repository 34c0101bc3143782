import first


def greet():
    return "second sees " + first.NAME
