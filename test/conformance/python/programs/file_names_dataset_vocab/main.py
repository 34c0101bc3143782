import random

docs = [l.strip() for l in open("names.txt").read().strip().split("\n") if l.strip()]
random.seed(42)
random.shuffle(docs)
print(f"num docs: {len(docs)}", docs[:4])
uchars = sorted(set("".join(docs)))
BOS = len(uchars)
vocab_size = len(uchars) + 1
print("vocab size:", vocab_size, "".join(uchars))
tokens = [BOS] + [uchars.index(ch) for ch in docs[0]] + [BOS]
print(tokens)
