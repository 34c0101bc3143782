# A Windows-made CSV read with encoding="cp1252" (and its aliases); cp1252 both ways with the error handlers, CPython's charmap errors and UnicodeEncodeError's args; the same file read as UTF-8 fails
import csv
for enc in ['cp1252', 'windows-1252', 'Windows_1252', '1252']:
    with open('win.csv', encoding=enc, newline='') as f:
        print(enc, list(csv.reader(f)))
for b in [b'\x81', b'a\x81\x8d', b'\x80\x9f\xff', bytes(range(0x80, 0xa0))]:
    for h in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(repr(b.decode('cp1252', h)))
        except UnicodeDecodeError as e:
            print(e, e.args[0], e.start, e.end)
for s in ['€', 'a\u20ad\u20ae', '日本x', '\ud800', 'Zoë “x”', 'ab\x81']:
    for h in ['strict', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'ignore']:
        try:
            print(s.encode('cp1252', h))
        except UnicodeEncodeError as e:
            print(e, e.args[0], e.start, e.end)
try:
    open('bad.bin', encoding='cp1252').read()
except UnicodeDecodeError as e:
    print(e)
print(open('bad.bin', encoding='cp1252', errors='replace').read().split())
for s, enc in [('é', 'ascii'), ('a€b', 'latin-1'), ('日本', 'cp1252')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(repr(e), e.object, e.reason, e.encoding, e.start, e.end, str(e) == e.args[0])
        print(e)
print(open('win.csv').read())
