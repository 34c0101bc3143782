words = ["apple", "bob", "cat", "apple", "dog", "bob"]
firsts = {w[0]: w for w in words}
lengths = {len(w) for w in words}
print(firsts, sorted(lengths))
print(dict((w, i) for i, w in enumerate(words)))
print(sorted(set(w for w in words if len(w) == 3)))
