def read(lines):
    for line in lines:
        yield line.strip()


def nonempty(items):
    for it in items:
        if it:
            yield it


def parse(items):
    for it in items:
        name, score = it.split(",")
        yield name, int(score)


raw = ["  ann,3\n", "\n", "bob,5", "  ", "cy,1"]
print(list(parse(nonempty(read(raw)))))
print(dict(parse(nonempty(read(raw)))))
