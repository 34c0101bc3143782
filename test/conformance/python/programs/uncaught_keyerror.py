vocab = {"a": 0, "b": 1}
word = "abc"
ids = [vocab[ch] for ch in word]
print(ids)
