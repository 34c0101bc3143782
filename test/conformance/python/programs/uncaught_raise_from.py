def load(cfg):
    try:
        return cfg["steps"]
    except KeyError as e:
        raise RuntimeError("config has no steps") from e


print(load({"steps": 3}))
print(load({}))
