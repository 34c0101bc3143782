f = open("names.txt")
names = [line.strip() for line in f]
f.close()
print(len(names), names[:3], names[-1])
with open("names.txt", "r", encoding="utf-8") as f:
    text = f.read()
print(len(text), text.count("\n"), repr(text[:12]))
with open("names.txt") as f:
    lines = f.readlines()
print(lines[:2], len(lines))
