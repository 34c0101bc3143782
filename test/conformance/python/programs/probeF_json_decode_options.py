# json.loads/load with JSONDecoder's options (object_hook, object_pairs_hook, parse_float,
# parse_int, parse_constant, strict), bytes documents, and the decode errors' exact texts.
import json
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def as_point(d):
    return Point(d["x"], d["y"]) if set(d) == {"x", "y"} else d


doc = '{"pts": [{"x": 1, "y": 2}, {"x": 3.5, "y": -1}], "n": 2, "dup": 1, "dup": 2}'
print(json.loads(doc, object_hook=as_point))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict, object_hook=as_point))
print(json.loads("[1, 2.50, 1e3, -0]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, Infinity, -Infinity, 1]", parse_constant=lambda c: "<" + c + ">"))
print(json.loads('"tab\there"', strict=False), json.loads("{}", object_hook=None, cls=None))
print(json.loads(b'{"a": [1, "\xc3\xa9"]}'), json.loads(bytearray(b"[true]")))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'), json.loads(s="[2]"))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: json.loads('"\\u12"'))
show(lambda: json.loads('["ab\\uZZZZ"]'))
show(lambda: json.loads('"\\q"'))
show(lambda: json.loads('"abc\\'))
show(lambda: json.loads('"tab\there"'))
show(lambda: json.loads("\ufeff[1]"))
show(lambda: json.loads(b"[1"))
show(lambda: json.loads(b"\xff"))
show(lambda: json.loads(b""))
show(lambda: json.loads("[1]", foo=1))
show(lambda: json.loads("[1]", 2))
show(lambda: json.loads())
show(lambda: json.loads([1]))
show(lambda: json.loads("[1.5]", parse_float=5))
try:
    json.loads('{"a": 1, "b": [1, 2,\n  3,, 4]}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
config = json.loads('{"lr": 0.1, "steps": }', object_hook=dict)
