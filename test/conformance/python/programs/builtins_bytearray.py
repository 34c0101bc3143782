# bytearray: bytes that change in place, with bytes' reading methods.

buf = bytearray(b'hello')
alias = buf
buf[0] = 72
buf.append(33)
buf.extend(b' ok')
buf.extend([65, 66])
buf[1:3] = b'EY'
buf += b'!'
print(buf, alias is buf, len(buf), buf[0], buf[-3:], bytes(buf))
print(repr(bytearray(b"it's")), bytearray(b'a"b'), str(bytearray(b'\x00\xff')))
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(range(3)))
print(type(buf).__name__, isinstance(buf, bytearray), isinstance(buf, bytes))
print(buf == bytes(buf), bytearray(b'a') < b'b', b'x' + bytearray(b'y'), bytearray(b'x') + b'y')
print(buf.pop(), buf.pop(0), buf)
buf.insert(0, 104)
buf.remove(111)
print(buf, buf.upper(), buf.split(b'Y'), buf.decode(), buf.find(b'L'), 33 in buf)
rev = bytearray(b'abc')
rev.reverse()
copy = rev.copy()
copy[0] = 120
print(rev, copy, rev * 2, list(rev), [c for c in rev])
rev.clear()
print(rev, bool(rev), bytearray.fromhex('ff 00'), bytearray(b'ab').hex())
grid = bytearray(b'.....')
grid[::2] = b'xxx'
print(grid)

def store(b, i, v):
    b[i] = v


for bad in [lambda: store(buf, 0, 256), lambda: buf.append(-1), lambda: {bytearray(): 1},
            lambda: hash(bytearray(b'a')), lambda: bytearray(b'')[0], lambda: bytearray().pop(),
            lambda: bytearray(1.0), lambda: buf.extend('str')]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
