# str.encode and bytes.decode: utf-8 (the default), ascii and latin-1, with the strict,
# replace and ignore error handlers, and CPython's messages for what cannot be coded.

for s in ['hello', 'héllo', '€100', 'naïve café', '😀!', '']:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s, list(b)[:4])

print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode(encoding='UTF-8'))
print('aé€x'.encode('ascii', 'replace'), 'aé€x'.encode('ascii', errors='ignore'))
print('aé€x'.encode('latin-1', 'replace'), b'\xe9t\xe9'.decode('latin-1'))
print(str(b'\xe2\x82\xac', 'utf-8'), str(b'caf\xe9', 'latin-1'), bytes('ü', 'utf-8'))

cases = [
    b'\xe2\x82',  # a euro sign cut short
    b'\xe2',
    b'ab\xe2\x82A',
    b'\xe2A',
    b'\xff',
    b'a\xed\xa0\x80b',  # an encoded surrogate
    b'\xf0\x9f\x98',
    b'\xf4\x90\x80\x80',
    b'\xc0\xaf',
    b'\xe0\x80\x80',
    b'ok\xf0\x9f\x98\x80',
    b'\x80\x80abc\xc3',
]
for b in cases:
    print(b, repr(b.decode('utf-8', errors='replace')), repr(b.decode('utf-8', 'ignore')))
    try:
        print(repr(b.decode()))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)

for s, codec in [('é', 'ascii'), ('aé€x', 'ascii'), ('ab€€c', 'latin-1'), ('😀', 'ascii')]:
    try:
        s.encode(codec)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)

try:
    b'\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError), e)

for bad in [lambda: b'a'.decode('no-such-codec'), lambda: 'a'.encode('nope'),
            lambda: b'\xff'.decode('utf-8', 'bogus')]:
    try:
        bad()
    except LookupError as e:
        print('LookupError:', e)

# minbpe's decode: the bytes of merged tokens, joined, may end mid-character.
tokens = [b'h', b'\xc3', b'\xa9', b'llo \xe2\x82']
print(b''.join(tokens).decode('utf-8', errors='replace'))
