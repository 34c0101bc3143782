VALUE = 3
def read():
    try:
        return VALUE
    except NameError as e:
        return str(e)
