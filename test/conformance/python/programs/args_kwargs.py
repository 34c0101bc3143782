def build(name, **opts):
    parts = [name] + [f"{k}={v}" for k, v in opts.items()]
    return " ".join(parts)


print(build("mlp"))
print(build("mlp", layers=3, lr=0.1))
cfg = {"act": "relu", "bias": True}
print(build("net", **cfg), build(**{"name": "x", "y": 1}))
print(build("a", **cfg, extra=None))
