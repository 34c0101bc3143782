# open(path, 'rb'): the file's bytes, for code that tokenizes bytes rather than text.

with open('input.txt', 'rb') as f:
    data = f.read()
print(type(data).__name__, len(data), data[:8], data.decode('utf-8'))
print(list(data[:3]), data.count(b'\n'), data.splitlines())

with open('input.txt', 'rb') as f:
    print(f.read(3), f.readline(), f.readlines())

with open('input.txt', 'rb') as f:
    for line in f:
        print(repr(line), line.decode().strip())

with open('input.txt') as f:
    text = f.read()
print(text.encode('utf-8') == data, len(text), len(data))

f = open('input.txt', 'rb')
print(f, type(f).__name__)
f.close()
print(f.closed)
