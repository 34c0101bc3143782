import json
try:
    json.loads("[1,")
except ValueError as e:
    print(type(e).__name__, e.__class__.__module__, e.msg, e.pos)
print(json.JSONDecodeError)
data = json.loads("{")
