"""Byte-level tokens decode: partial UTF-8 sequences, replacement characters, hex dumps."""
samples = [
    b"\xf0\x9f\x98",          # truncated emoji
    b"\xf0\x9f\x98\x84",      # full emoji
    b"\xf0\x9f\x98A",         # truncated then ASCII
    b"\xed\xa0\x80",          # surrogate encoded
    b"\xc0\xaf",              # overlong
    b"\xe2\x82",              # truncated euro
    b"\xff\xfe abc",
    b"caf\xc3\xa9",
    b"\x80\x80\x80",
    b"\xf4\x90\x80\x80",      # above U+10FFFF
    b"\xe0\x80\xaf",
    b"a\xf0\x9fb\xe2\x82c",
]
for b in samples:
    r = b.decode("utf-8", errors="replace")
    i = b.decode("utf-8", errors="ignore")
    bs = b.decode("utf-8", errors="backslashreplace")
    print(len(r), ascii(r), repr(i), bs, b.hex(), b.hex(' '), list(b)[:4])
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print("  ", e.reason, e.start, e.end, e)

text = "héllo wörld 😄 ∑"
enc = text.encode("utf-8")
print(enc, len(enc), len(text))
print(text.encode("ascii", errors="ignore"), text.encode("ascii", errors="replace"))
print(text.encode("ascii", errors="backslashreplace"), text.encode("ascii", errors="xmlcharrefreplace"))
print(text.encode("latin-1", errors="replace"), "é".encode("latin-1"), "é".encode("UTF8"))
try:
    text.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(bytes.fromhex("de ad be ef"), bytes([104, 105]), bytes(3), bytearray(b"ab") + b"c")
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print(b"".join([b"a", b"bc"]), b"-".join(bytes([x]) for x in range(97, 100)))
print(b"hello world".split(), b"a,b".split(b","), b"  x ".strip(), b"abc".upper(), b"abc"[1], b"abc"[1:])
print(b"abc" + bytes([0xe9]), repr(bytes(range(0, 256, 37))))
print(max([b"b", b"ab", b"c"]), sorted({b"z": 1, b"a": 2}), b"ab" < b"b")
vocab = {i: bytes([i]) for i in range(256)}
vocab[256] = vocab[0xe2] + vocab[0x82]
vocab[257] = vocab[256] + vocab[0xac]
for idx in (65, 0xe2, 256, 257):
    t = vocab[idx]
    print(idx, t, t.decode("utf-8", errors="replace"))
print(str(b"x", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc"))
print("😄".encode(), "😄".encode("utf_8"), len("😄".encode("u8")))
print(ord("😄"), chr(128516), hex(ord("é")), "\u00e9" == "é")
