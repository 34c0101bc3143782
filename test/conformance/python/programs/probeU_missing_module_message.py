# A program that tries an optional library and says why it goes on without it: the
# exception it catches reads as CPython's, "No module named 'graphviz'", with no hint.
import sys
import traceback

try:
    from graphviz import Digraph
except ImportError as e:
    print("skipping the graph:", e)
    print(repr(e), e.args, e.name, type(e).__name__)

def try_import(name):
    try:
        if name == "torch":
            import torch
        elif name == "tqdm":
            from tqdm import tqdm
        elif name == "matplotlib.pyplot":
            import matplotlib.pyplot as plt
        else:
            import my_missing_helper.sub
    except ModuleNotFoundError as e:
        print(f"{name}: {e} | {e.msg} | {e.name}")


for name in ("torch", "tqdm", "matplotlib.pyplot", "my_missing_helper.sub"):
    try_import(name)

try:
    import torch
except ImportError:
    print(traceback.format_exc().splitlines()[-1])
    last = traceback.format_exception_only(*sys.exc_info()[:2])
    print(last[-1], end="")

def load_backend():
    try:
        import tqdm
    except ImportError as err:
        raise RuntimeError(f"no backend ({err})") from err

try:
    load_backend()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

# ImportError's msg: its one argument, None otherwise; a str put in msg is what str() shows.
print(repr(ImportError().msg), repr(ImportError("a").msg), repr(ImportError("a", "b").msg))
print(repr(ModuleNotFoundError("m", name="x").msg), repr(ImportError(3).msg))
err = ImportError("first")
err.msg = "second"
print(err, err.msg, err.args, repr(err))
err.msg = 7
print(err, err.msg)
err.msg = None
print(err, err.msg)


class PluginMissing(ImportError):
    pass


p = PluginMissing("no plugin", name="plug", path="plugins/plug.py")
print(p, "|", p.msg, "|", p.name, "|", p.path)
