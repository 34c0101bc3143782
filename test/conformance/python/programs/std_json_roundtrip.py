import json

data = {"name": "mlp", "layers": [2, 16, 16, 1], "lr": 0.05, "bias": True, "note": None}
s = json.dumps(data)
print(s)
back = json.loads(s)
print(back == data, back["layers"][1], type(back["lr"]).__name__)
print(json.dumps([1, "two", 3.5, False, {"a": []}]))
print(json.dumps(data, indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True))
