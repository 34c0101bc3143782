text = """alpha 1
beta 2

gamma 3"""


def records(s):
    for line in s.splitlines():
        if not line.strip():
            continue
        name, num = line.split()
        yield name, int(num)


for name, num in records(text):
    print(name.upper(), num * num)
