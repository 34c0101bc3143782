def safe_div(a, b):
    if b == 0:
        raise ZeroDivisionError("cannot divide %s by zero" % a)
    return a / b
