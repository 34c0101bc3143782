import json

text = '{"x": [1, 2.5, -3e2, true, false, null], "nested": {"k": "v\\u00e9"}, "u": "\\n"}'
obj = json.loads(text)
print(obj)
print([type(v).__name__ for v in obj["x"]])
print(json.loads("3"), json.loads('"s"'), json.loads("[]"), json.loads("1.0"))
try:
    json.loads("{bad json}")
except ValueError as e:
    print("ValueError:", type(e).__name__)
