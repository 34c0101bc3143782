with open("poem.txt", encoding="utf-8") as f:
    text = f.read()
words = text.split()
print(len(text), len(words), len(text.splitlines()))
freq = {}
for w in words:
    w = w.strip(".,").lower()
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
print(text.splitlines()[1][::-1])
