saved = None


def save(values):
    global saved
    saved = list(values)
