# Loading a saved model config: `except json.decoder.JSONDecodeError` (json's own submodule),
# a JSONDecoder subclass that turns tagged objects into Python values through object_hook
# (used as json.loads(s, cls=...)), and raw_decode reading concatenated JSON records.
import json
import json.decoder
from fractions import Fraction


class ConfigDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        if d.get("__fraction__"):
            return Fraction(d["num"], d["den"])
        return d


text = '{"lr": {"__fraction__": true, "num": 1, "den": 3}, "layers": [16, 16], "act": "tanh"}'
cfg = json.loads(text, cls=ConfigDecoder)
print(cfg, type(cfg["lr"]).__name__)
print(ConfigDecoder().decode('[{"__fraction__": 1, "num": 2, "den": 4}, 1.5, null]'))
plain = json.JSONDecoder(parse_float=lambda s: round(float(s), 2), parse_int=str)
print(plain.decode('{"a": 3.14159, "b": 7, "c": [1e-3]}'))
print(plain.object_hook, plain.strict, json.JSONDecoder is json.decoder.JSONDecoder)
stream = '{"step": 1, "loss": 2.5} {"step": 2, "loss": 1.25}[3]  '
dec = json.JSONDecoder()
pos = 0
while True:
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
    if pos == len(stream):
        break
    obj, pos = dec.raw_decode(stream, pos)
    print(obj, pos)
for bad in ['{"lr": 0.1,}', "[1, 2", "", "{} extra"]:
    try:
        json.loads(bad)
    except json.decoder.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, issubclass(json.decoder.JSONDecodeError, ValueError))
try:
    dec.raw_decode("  [1]")
except json.JSONDecodeError as e:
    print("raw:", e)
print(json.encoder.JSONEncoder is json.JSONEncoder, json.decoder.JSONDecodeError is json.JSONDecodeError)
