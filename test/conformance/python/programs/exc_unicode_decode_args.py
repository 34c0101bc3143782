# A UnicodeDecodeError carries (encoding, object, start, end, reason) as its args and
# attributes, and its str() describes the bytes it could not decode.
for data in [b"\xff", b"ab\xe2\x82", b"\xc3\x28x", b"\xed\xa0\x80"]:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(repr(e), "|", e, "|", e.args, e.encoding, e.object, e.start, e.end, e.reason)
    try:
        data.decode("ascii")
    except UnicodeDecodeError as e:
        print(repr(e), "|", e, "|", e.start, e.end)
e = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "bad")
print(repr(e), e, e.args, e.encoding, e.start, e.end, e.reason, e.object)
print(isinstance(e, ValueError), UnicodeDecodeError.__mro__)
