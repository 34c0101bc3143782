class ConfigError(Exception):
    pass


def load(d):
    try:
        return d["lr"]
    except KeyError as e:
        raise ConfigError("missing lr") from e


try:
    load({})
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
