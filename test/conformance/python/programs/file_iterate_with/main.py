chars = set()
longest = ""
with open("words.txt") as fh:
    for i, line in enumerate(fh):
        w = line.rstrip("\n")
        chars.update(w)
        if len(w) > len(longest):
            longest = w
print(i + 1, longest, "".join(sorted(chars)))
stoi = {ch: i + 1 for i, ch in enumerate(sorted(chars))}
stoi["."] = 0
print(stoi)
