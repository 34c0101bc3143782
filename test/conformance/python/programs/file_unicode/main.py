with open("utf8.txt", encoding="utf-8") as f:
    lines = f.read().splitlines()
for line in lines:
    print(len(line), line, line.upper())
