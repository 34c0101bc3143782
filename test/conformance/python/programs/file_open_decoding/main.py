# open() in text mode: the encoding and errors arguments decode the bytes, newline keeps or translates
# line ends, and bytes that do not decode fail when a read reaches their 8192-byte chunk
def count_lines(path, **kw):
    n = 0
    try:
        with open(path, **kw) as f:
            for line in f:
                n += 1
    except UnicodeDecodeError as e:
        print(f"  {path}: {n} lines, then {e} (start {e.start}, {len(e.object)} bytes)")
        return
    print(f"  {path}: {n} lines")

print('line by line:')
for p in ['bad_late.bin', 'bad_split.bin', 'bad_eof.bin', 'bad_first.bin', 'bom_bad.bin']:
    count_lines(p)
count_lines('bom_bad.bin', encoding='utf-8-sig')
print('read() whole:')
for p in ['bad_late.bin', 'bad_eof.bin', 'bad_first.bin']:
    try:
        open(p).read()
    except UnicodeDecodeError as e:
        print(' ', p, e, e.reason, e.encoding)
f = open('bad_late.bin')
print(repr(f.readline()), repr(f.read(5)))
try:
    f.read(9000)
except UnicodeDecodeError as e:
    print('read(9000):', e)
for size in (0, -1, 2):
    try:
        open('bad_first.bin').readline(size)
    except ValueError as e:
        print('readline:', size, type(e).__name__, e)
print('errors=:')
for h in ['replace', 'ignore', 'backslashreplace', 'surrogateescape' if False else 'strict']:
    try:
        print(' ', h, repr(open('bad_first.bin', errors=h).read()))
    except UnicodeDecodeError as e:
        print(' ', h, e)
print(len(open('bad_late.bin', errors='replace').read().splitlines()))
print('newline=:')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('mixed.txt', newline=nl) as f:
        print(' ', repr(nl), f.readlines())
    print(' ', repr(nl), repr(open('mixed.txt', newline=nl).read()))
print('encodings:')
print(open('latin.txt', encoding='latin-1').read().split())
print(open('latin.txt', encoding='ISO-8859-1').readlines())
print(open('bom.txt', encoding='utf-8-sig').read().splitlines(), open('bom.txt').readline().encode())
with open('latin.txt', encoding='latin_1') as f:
    print(f.encoding, [len(w) for w in f.read().split()])
for kw in [dict(encoding='klingon'), dict(newline='x'), dict(newline=5), dict(errors=5), dict(mode='rb', encoding='utf-8'),
           dict(mode='rb', errors='strict'), dict(mode='rb', newline=''), dict(encoding=3)]:
    try:
        open('latin.txt', **kw)
    except (LookupError, ValueError, TypeError) as e:
        print(' ', kw, type(e).__name__, e)
try:
    open('missing.txt', encoding='klingon')
except OSError as e:
    print(type(e).__name__, e)
print(open('latin.txt', errors='bogus', encoding='latin-1').read()[:3])
try:
    open('latin.txt', errors='bogus').read()
except LookupError as e:
    print('LookupError', e)
print(open('latin.txt').read())
