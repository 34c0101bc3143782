import hashlib
msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 1000,
        'héllo wörld ✓'.encode(), bytes(range(256)), bytearray(b'The quick brown fox jumps over the lazy dog')]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for m in msgs:
        print(name, len(m), ctor(m).hexdigest())
