# A file read twice with seek(0), tell() as byte offsets (UTF-8, \r\n translated), tell() refused while next() reads, seek errors, newlines, readlines(hint), iter(f) is f, binary seeks from the end, io.UnsupportedOperation for writing. Not here: tell() just after a lone \r line end, where CPython gives a cookie with its decoder state
f = open('a.txt')
n = sum(1 for _ in f)
print(n, f.tell() if hasattr(f, 'tell') else 'no tell')
f.seek(0)
print(f.readline().strip(), f.tell())
f.seek(0)
print(f.read().split(), f.read() == '')
print(f.name, f.mode, f.closed, f.encoding, f.errors, f.newlines, f.readable(), f.writable(), f.seekable())
print(next(f, 'END'), f.__enter__() is f, iter(f) is f)
for bad in [lambda: f.write('x'), lambda: f.fileno() if False else f.writelines([]), lambda: f.seek(0, 2), lambda: f.seek(1, 1), lambda: f.truncate()]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
print(repr(open('a.txt').read(3)), open('a.txt').readlines(7), list(open('a.txt'))[1:])
g = open('a.txt', 'rb')
print(g.read(4), g.tell(), g.readline(), g.mode, g.name)
g.seek(-3, 2)
print(g.read())
f = open('mixed.txt')
print(f.newlines, repr(f.readline()), f.newlines, f.tell())
print(repr(f.readline()), repr(f.readline()), f.tell())
pos = f.tell()
print(repr(f.read()), f.tell(), f.newlines)
f.seek(pos)
print(repr(f.read(3)), f.tell())
print(f.seek(0, 2), repr(f.read()), f.seek(0), f.newlines, f.readline(), f.seek(0, 1))
next(f)
for bad in [lambda: f.tell(), lambda: f.seek(-1), lambda: f.seek(0, 5), lambda: f.seek(3, 2), lambda: f.seek('x')]:
    try:
        print(bad())
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(f.readline(), f.tell())
except OSError as e:
    print('after readline too:', e)
for line in f:
    pass
print(f.tell())
for nl in ['', '\n', '\r\n']:
    g = open('crlf.txt', newline=nl)
    print(repr(nl), [(repr(l), g.tell()) for l in iter(g.readline, '')], g.newlines)
h = open('mixed.txt', 'rb')
for line in h:
    print(line, h.tell())
print(h.seek(-4, 2), h.read(), h.seek(2), h.seek(3, 1), h.read(2), h.seek(100), h.read(), h.tell())
try:
    h.seek(-1)
except OSError as e:
    print(type(e).__name__, e)
print(open('a.txt').readlines(1), open('a.txt').readlines(0), open('a.txt').readlines(-1), open('a.txt', 'rb').readlines(3))
import io
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    open('a.txt').write('x')
except io.UnsupportedOperation as e:
    print('caught', e)
import sys
_ = sys.stdout.writelines(['one\n', 'two\n'])
print('done')
