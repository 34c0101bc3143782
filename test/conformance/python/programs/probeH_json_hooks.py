# json.loads/load with object_hook, object_pairs_hook, parse_float, parse_int, parse_constant.
import io
import json
from collections import OrderedDict
from fractions import Fraction


class Record:
    def __init__(self, fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"


text = '{"name": "pump", "specs": {"flow": 12.5, "stages": 3}, "tags": [{"id": 1}], "ok": true}'
print(json.loads(text, object_hook=Record))
print(json.loads(text, object_hook=lambda d: sorted(d)))
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs, json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{"z": {"y": 1}, "x": []}', object_pairs_hook=OrderedDict))
print(json.loads("[0.1, 2.50, 1e3, 7, -0]", parse_float=Fraction, parse_int=lambda s: "int:" + s))
print(json.loads("[NaN, Infinity, -Infinity, null]", parse_constant=lambda c: c.lower()))
both = json.loads('{"a": {"b": 1}}', object_hook=lambda d: ("hook", d), object_pairs_hook=dict)
print(both)
print(json.load(io.StringIO('{"k": [1.5]}'), parse_float=str))
try:
    json.loads("{}", None)
except TypeError as e:
    print("TypeError:", e)
