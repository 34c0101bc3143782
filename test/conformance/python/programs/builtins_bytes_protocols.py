# bytes among the rest of the language: copy, match, formatting, reversed, Counter, min.
import copy
b = b'xy'
ba = bytearray(b'xy')
print(copy.copy(b), copy.deepcopy(ba), copy.copy(ba) is ba, copy.deepcopy({b'k': ba}))
def kind(v):
    match v:
        case b'x':
            return 'x'
        case bytes():
            return 'bytes'
        case _:
            return 'other'
print(kind(b'x'), kind(b'y'), kind('x'))
try:
    print(f"{b'x':>5}")
except TypeError as e:
    print(e)
print(f"{b'x'!s:>8}|", '%s|%r' % (b'a', b'b'), '{}'.format(b'c'))
print(hash(b'') == hash(b''))
from collections import Counter
print(Counter(b'abca').most_common(1), sorted(set(b'hello')))
print(b'abc'.decode(encoding='ascii'), str(b'a', encoding='utf-8'), bytes.decode(b'z'))
print(int.from_bytes([1, 2], 'big'), b'a' * True)
print(list(reversed(b'abc')), b'abc'.removeprefix(b'a'))
print(min([b'b', b'a']), b'ab' in {b'ab': 1}, (b'x',) == (b'x',))
print(repr(b'\x7f\x1f'), b'a\x00'.hex(), bytes(5)[2:], b'x'.join([b'1', b'2', b'3']))
for f in [lambda: int(b' 12 '), lambda: int(b'ff', 16), lambda: float(b'1.5'), lambda: int(b'x'), lambda: float(b'x'), lambda: int(bytearray(b'7')), lambda: int(b'\xff')]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
