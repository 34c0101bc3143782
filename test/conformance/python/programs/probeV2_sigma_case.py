# Greek capital sigma is lowered to the final form (ς) at the end of a word, in title(),
# capitalize() and swapcase() as well as lower(): a word-list normaliser for a tokenizer.
words = ["ΟΔΟΣ", "ΣΣ", "ΟΔΟΣ.", "ΟΔΟΣ'Α", "Σ", "aΣ b", "ΑΣ\u0301", "ΛΟΓΟΣ ΚΟΣΜΟΣ", "A.Σ", "A'Σ", "ΣΑΣ"]
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.lower()))
vocab = {}
for w in " ".join(words).split():
    key = w.capitalize()
    vocab[key] = vocab.get(key, 0) + 1
print(sorted(vocab.items()))
print("ΘΕΟΣ και ΛΟΓΟΣ".title().swapcase().title())
