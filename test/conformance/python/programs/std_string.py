import string

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.punctuation)
print(len(string.ascii_letters), string.hexdigits, string.octdigits)
vocab = {ch: i for i, ch in enumerate(string.ascii_lowercase)}
print(vocab["a"], vocab["z"], string.capwords("hello big world"))
