# Cleaning raw bytes before a byte-level tokenizer: bytes.maketrans and translate (with a
# table, or None and bytes to delete), expandtabs and istitle on bytes and bytearray, with
# CPython's errors for a short table, unequal maketrans arguments and str arguments.
raw = b"Hello,\tWorld!\r\n\xffBYTES\tand\tmore; 42 tokens."
lower = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
print(raw.translate(lower))
print(raw.translate(None, b",;!.\r"))
print(raw.translate(lower, b"\xff\r\n"))
print(raw.expandtabs(4), raw.expandtabs(tabsize=1), b"ab\tc\nd\te".expandtabs())
print(bytearray(raw).translate(lower, delete=b" "), type(bytearray.maketrans(b"a", b"b")).__name__)
table = bytes.maketrans(b"aeiou", b"AEIOU")
print(len(table), table[97:118], b"".maketrans(b"x", b"y")[120])
print([w.istitle() for w in [b"Hello World", b"Hello world", b"HELLO", b"\xffA", b"A1b", b""]])
for bad in [lambda: raw.translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"),
            lambda: raw.translate(None, "x"), lambda: bytes.maketrans("a", b"b"), lambda: raw.translate()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
