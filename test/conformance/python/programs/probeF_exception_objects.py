# Exception objects as programs print and inspect them: str/repr/args of built-in and user
# exceptions, with_traceback, the fields dir() lists, and json.dumps' unknown keywords.
import json


class Missing(KeyError):
    def __str__(self):
        return "missing: " + super().__str__()


class Coded(Exception):
    def __init__(self, code, why):
        self.code = code


for ex in [Missing("k"), Coded(3, "x"), KeyError(("a", 1)), OSError(2, "gone", "f.txt"),
           OSError("plain"), StopIteration(7), Exception(None), Exception([1, 2])]:
    print(type(ex).__name__, "|", ex, "|", repr(ex), "|", ex.args)

err = ValueError("bad")
print(err.with_traceback(None) is err, err.__traceback__)
for call in [lambda: err.with_traceback(5), lambda: err.with_traceback(),
             lambda: err.with_traceback(tb=None), lambda: json.dumps([1], indnt=2),
             lambda: json.dumps(sort_keys=True, bogus=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for cls in [BaseException, OSError, StopIteration, SystemExit, ImportError, NameError,
            AttributeError, KeyError]:
    print(cls.__name__, [n for n in dir(cls) if not n.startswith("__")])
print([n for n in dir(FileNotFoundError("x")) if n not in dir(object)])
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
raise Missing("boom")
