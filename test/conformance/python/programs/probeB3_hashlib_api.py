import hashlib

h = hashlib.sha256(b'abc')
print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
print(repr(h).startswith('<sha256 _hashlib.HASH object @ 0x'))
print(hashlib.md5().name, hashlib.sha1().digest_size, hashlib.sha512().block_size, hashlib.sha384().digest_size)
h2 = h.copy()
h.update(b'def')
h.update(bytearray(b'ghi'))
print(h.hexdigest())
print(hashlib.sha256(b'abcdefghi').hexdigest() == h.hexdigest(), h2.hexdigest() == hashlib.sha256(b'abc').hexdigest())
d = h.digest()
print(type(d).__name__, len(d), d[:4], d.hex() == h.hexdigest())
print(hashlib.new('sha256', b'abc').hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hashlib.new('SHA1').name, hashlib.new('md5', b'x').hexdigest(), hashlib.new(name='sha224', data=b'y').hexdigest())
print(hashlib.md5(b'a', usedforsecurity=False).hexdigest(), hashlib.sha256(string=b'a').hexdigest()[:8])
print(hashlib.md5, hashlib.sha1)
calls = [
    lambda: hashlib.md5('abc'),
    lambda: hashlib.md5(1),
    lambda: hashlib.md5(None),
    lambda: hashlib.md5([1]),
    lambda: h.update('x'),
    lambda: h.update(),
    lambda: h.update(b'a', b'b'),
    lambda: h.update(data=b'x'),
    lambda: h.digest(1),
    lambda: h.hexdigest(x=1),
    lambda: h.copy(1),
    lambda: hashlib.new(),
    lambda: hashlib.new(1),
    lambda: hashlib.new('foo'),
    lambda: hashlib.new('md5', 'x'),
    lambda: hashlib.new('md5', string=b'a'),
    lambda: hashlib.md5(usedforsecurity=False, foo=1),
    lambda: hashlib.sha256(data=b'a'),
    lambda: hashlib.md5(b'a', b'b'),
    lambda: hashlib.md5(b'a', string=b'b'),
    lambda: type(h)(),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


# Splitting a data set deterministically by the hash of each example's text.
def bucket(text, buckets=10):
    return int(hashlib.md5(text.encode('utf-8')).hexdigest(), 16) % buckets


rows = [f'example {i}: x={i * 0.5}' for i in range(20)]
train = [r for r in rows if bucket(r) < 8]
test = [r for r in rows if bucket(r) >= 8]
print(len(train), len(test), [bucket(r) for r in rows])
print(hashlib.sha1(b'seed').digest()[0], int.from_bytes(hashlib.sha256(b'seed').digest()[:4], 'big'))
print(hashlib.sha256('not bytes'))
