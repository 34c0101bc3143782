# super() with nothing to find the object in: CPython checks for a first argument before
# it looks for the class, so a lambda or a function without parameters says "no arguments".
def helper():
    return super()


def helper_with_arg(x):
    return super()


class Layer:
    def forward(self):
        return (lambda: super())()

    def no_params():
        return super()

    def ok(self):
        return super().__repr__ is not None


for fn in (helper, lambda: helper_with_arg(1), Layer().forward, Layer.no_params, lambda: super()):
    try:
        fn()
    except RuntimeError as e:
        print(type(e).__name__, e)
print(Layer().ok())
