import json

model = {"layers": [{"w": [[0.1, -0.2]], "b": [0.0]}, {"w": [[1.5]], "b": [-0.5]}], "meta": {"ok": True}}
print(json.dumps(model, indent=1))
print(json.dumps("é\"q"), json.dumps("é", ensure_ascii=False), json.dumps(1e20), json.dumps(0.1))
print(json.dumps((1, 2)), json.dumps({1: "int key"}), json.dumps(float("inf")))
