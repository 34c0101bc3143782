# json.JSONEncoder subclasses, the usual way to serialise a program's own types:
# json.dumps(x, cls=Encoder) makes cls(**options) and calls its encode(); default() is asked
# for what json cannot write, and super().default() raises json's TypeError.
import io
import json
from dataclasses import asdict, dataclass
from enum import Enum
from fractions import Fraction


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"


@dataclass
class Card:
    rank: int
    suit: Suit


class GameEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Card):
            return {"card": asdict(o)}
        if isinstance(o, Enum):
            return o.name
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Fraction):
            return [o.numerator, o.denominator]
        return super().default(o)


hand = {"cards": [Card(10, Suit.HEARTS), Card(1, Suit.SPADES)], "seen": {3, 1, 2}, "odds": Fraction(1, 3)}
print(json.dumps(hand, cls=GameEncoder))
print(json.dumps(hand, cls=GameEncoder, indent=2, sort_keys=True))
print(json.dumps([1, {"b": 2, "a": 1}], cls=GameEncoder, separators=(",", ":")))
try:
    json.dumps({"x": [print]}, cls=GameEncoder)
except TypeError as e:
    print("TypeError:", e)

enc = GameEncoder(indent=1)
print(enc.indent, repr(enc.item_separator), repr(enc.key_separator), enc.sort_keys)
print(enc.encode({"s": frozenset("ba")}))
print("".join(enc.iterencode([Suit.SPADES])))

plain = json.JSONEncoder(sort_keys=True)
print(plain.encode({"z": 1, "a": [True, None, 1.5]}))
try:
    plain.encode({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONEncoder(2)
except TypeError as e:
    print("TypeError:", e)
print(json.JSONEncoder(default=lambda o: repr(o)).encode({"r": range(3)}))


class Verbose(json.JSONEncoder):
    def __init__(self, *args, **kwargs):
        print("options:", sorted(kwargs.items()))
        kwargs["sort_keys"] = True
        super().__init__(*args, **kwargs)


print(json.dumps({"b": 1, "a": 2}, cls=Verbose, indent=None))

buf = io.StringIO()
json.dump({"suit": Suit.HEARTS}, buf, cls=GameEncoder)
print(buf.getvalue())
print(issubclass(GameEncoder, json.JSONEncoder), json.JSONEncoder.__module__)
