# A byte-level tokenizer reads a corpus that is not all valid UTF-8: with
# errors="surrogateescape" each bad byte b becomes U+DC00+b and encodes back to the very
# same bytes; surrogatepass reads and writes UTF-8's three-byte form of a surrogate.
with open("corpus.txt", "rb") as f:
    raw = f.read()
with open("corpus.txt", encoding="utf-8", errors="surrogateescape") as f:
    text = f.read()
print(repr(text))
print(text.encode("utf-8", "surrogateescape") == raw)
tokens = text.split()
print([t.encode("utf-8", errors="surrogateescape") for t in tokens])
print([hex(ord(c)) for c in text if 0xDC80 <= ord(c) <= 0xDCFF])
print(repr(b"a\xffb".decode("ascii", "surrogateescape")), "\udcff".encode("latin-1", "surrogateescape"))
print(b"\xed\xa0\x80x".decode("utf-8", "surrogatepass") == "\ud800x", "\udc00\ud800".encode("utf-8", "surrogatepass"))
for s, codec, handler in [
    ("\udc80\udc81", "utf-8", "strict"),
    ("a\udc80\udc81b", "utf-8", "strict"),
    ("\u00e9\udcff", "ascii", "surrogateescape"),
    ("\ud800", "utf-8", "surrogateescape"),
    ("\udc80", "ascii", "surrogatepass"),
]:
    try:
        print(s.encode(codec, handler))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, e.start, e.end)
for b, codec in [(b"\xed\xa0", "utf-8"), (b"a\xffb", "ascii"), (b"\xed\xb2\x80\xff", "utf-8")]:
    try:
        print(repr(b.decode(codec, "surrogatepass")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
print(repr(b"\xed\xb2\x80\xff".decode("utf-8", "surrogateescape")))
