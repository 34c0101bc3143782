# An ExceptionGroup nobody catches: the error line shows str(eg), "message (N sub-exceptions)",
# at the raise of the group the rest was split from; its note follows.
def load(names):
    errors = [ValueError(f"bad {n}") for n in names if n.startswith("x")]
    errors += [KeyError(n) for n in names if n.startswith("k")]
    if errors:
        eg = ExceptionGroup("loading failed", errors)
        eg.add_note("while loading the config")
        raise eg


try:
    load(["a", "x1", "k2", "x3"])
except* KeyError as e:
    print("missing keys:", repr(e))
