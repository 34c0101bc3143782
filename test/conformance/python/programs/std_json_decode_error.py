import json

try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.msg, e.pos, e.lineno, e.colno)
    print(e)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(repr(e))
