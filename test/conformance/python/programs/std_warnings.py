# warnings: warn under the filters, recorded by catch_warnings(record=True) (what is shown on
# stderr is checked by the unit tests), the 'error' action, and the warning categories.
import warnings


def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.lineno)
    log.clear()


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return x


with warnings.catch_warnings(record=True) as log:
    for i in range(3):
        warnings.warn("slow step")
    old_api(1)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("resource", ResourceWarning)
    warnings.warn(RuntimeWarning("as an instance"))
    show(log)

    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("every time")
    show(log)

    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("hidden")
    warnings.warn("future", FutureWarning)
    show(log)

    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", category=SyntaxWarning)
    warnings.warn("Skip this")
    warnings.warn("keep this")
    warnings.warn("syntax", SyntaxWarning)
    warnings.warn("syntax", SyntaxWarning)
    show(log)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            warnings.warn("now an error", RuntimeWarning)
        except RuntimeWarning as e:
            print("raised", repr(e), isinstance(e, Warning))
    warnings.warn("syntax", SyntaxWarning)
    show(log)

print(len(log))
for cls in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
            SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
            UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, Exception))

try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)
