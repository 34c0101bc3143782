# bytes literals and values: escapes, repr, indexing, slicing, iteration, comparison,
# hashing, concatenation and the methods text-processing code uses.

raw = b"it's"
print(raw, b'say "hi"', b'\x00\x7f\x80\xff', b'\t\n\r\\', rb'\x00', br'a\'b')
print(b'one' b'two', b'\101\102', b'\u0041', b"""two
lines""")
print(b"euro: \xe2\x82\xac", repr(b''), str(b'x'), f"{b'f'} {b'g'!r}")

data = b'hello world'
print(len(data), data[0], data[-1], data[1:4], data[::-2], data[100:])
print(list(data[:5]), tuple(b'ab'), [c for c in b'xyz'], max(data), sum(b'\x01\x02\x03'))
print(type(data).__name__, type(data), isinstance(data, bytes), isinstance('s', bytes))
print(bool(b''), bool(b'\x00'), b'' == b'', b'a' == 'a', b'a' != b'b')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', sorted([b'b', b'', b'ab', b'a']))
print(b'wor' in data, 111 in data, 5 in data, b'' in data)

vocab = {idx: bytes([idx]) for idx in range(256)}
print(vocab[104] + vocab[105], len(vocab), vocab[0], vocab[255])
counts = {}
for word in [b'ab', b'cd', b'ab']:
    counts[word] = counts.get(word, 0) + 1
print(counts, {(b'a', 1): 'pair'}[(b'a', 1)], b'x' in {b'x', b'y'})

print(b'ab' * 3, 2 * b'-', b'ab' * 0, b', '.join([b'a', b'b', b'c']), b''.join([]))
print(bytes(3), bytes([72, 105]), bytes(range(65, 70)), bytes('héllo', 'utf-8'))
print(bytes.fromhex('de ad be ef'), b'\xde\xad'.hex(), b'\x01\x02'.hex('-'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xfe', 'big', signed=True), (258).to_bytes(2, 'big'))
print((1).to_bytes(4, byteorder='little'), (-2).to_bytes(2, 'big', signed=True))
print(ord(b'a'), chr(b'z'[0]), ord(b'a'[0:1]))

text = b'  The quick brown fox  '
print(text.strip(), text.lstrip(), text.rstrip(), text.split(), text.split(b'o'))
print(text.strip().split(b' ', 1), b'a,b,,c'.split(b','), b'a b c'.rsplit(maxsplit=1))
print(b'\xc3\xa0 la'.split(), b'\xa0x\xa0'.strip())
print(b'banana'.replace(b'an', b'AN'), b'banana'.count(b'a'), b'banana'.count(97))
print(b'banana'.find(b'na'), b'banana'.rfind(b'na'), b'banana'.find(b'x'), b'banana'.index(110))
print(b'Hello'.upper(), b'Hello'.lower(), b'hello world'.title(), b'hELLO'.swapcase())
print(b'caf\xc3\xa9'.upper(), b'\xc9'.lower(), b'abc'.isalpha(), b'\xe9'.isalpha())
print(b'123'.isdigit(), b' \t'.isspace(), b'abc'.islower(), b'abc'.isascii(), b'\x80'.isascii())
print(b'prefix-x'.startswith(b'prefix'), b'file.py'.endswith((b'.py', b'.txt')))
print(b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='), b'x'.center(5, b'*'), b'7'.zfill(3))
print(b'line1\nline2\r\nline3'.splitlines(), b'a\nb\n'.splitlines(keepends=True))
print(b'x'.ljust(3) + b'|', b'x'.rjust(3, b'.'))

KEY = '0'
for bad in [lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'ab'[2], lambda: b'ab'[KEY],
            lambda: 'a' in b'abc', lambda: 256 in b'abc', lambda: b'a' < 'b',
            lambda: bytes('x'), lambda: bytes([256]), lambda: bytes(-1), lambda: bytes(1.5),
            lambda: bytes.fromhex('0g'), lambda: (256).to_bytes(1, 'big'),
            lambda: (-1).to_bytes(1, 'big'), lambda: b'a'.split(','), lambda: ord(b'ab'),
            lambda: b''.join([b'a', 'b']), lambda: b'abc'.index(b'z'),
            lambda: b'abc'.startswith('a')]:
    try:
        bad()
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ':', e)

import json
try:
    json.dumps({'k': b'v'})
except TypeError as e:
    print('json:', e)
