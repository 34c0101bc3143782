# a dataset class with __len__/__getitem__, splits, and a results table
import random
import math
from collections import namedtuple

Split = namedtuple('Split', ['name', 'words'])

class CharDataset:
    def __init__(self, words, chars, max_len):
        self.words = words
        self.chars = chars
        self.max_len = max_len
        self.stoi = {ch: i + 1 for i, ch in enumerate(chars)}
        self.itos = {i: s for s, i in self.stoi.items()}

    def __len__(self):
        return len(self.words)

    def get_vocab_size(self):
        return len(self.chars) + 1

    def encode(self, word):
        return [self.stoi[w] for w in word]

    def decode(self, ix):
        return ''.join(self.itos[i] for i in ix)

    def __getitem__(self, idx):
        word = self.words[idx]
        ix = self.encode(word)
        x = [0] * (self.max_len + 1)
        y = [-1] * (self.max_len + 1)
        x[1:1 + len(ix)] = ix
        y[:len(ix)] = ix
        y[len(ix)] = 0
        return x, y

    def __repr__(self):
        return f"CharDataset(n={len(self)}, vocab={self.get_vocab_size()})"

def create_datasets(path):
    with open(path, 'r') as f:
        data = f.read()
    words = data.splitlines()
    words = [w.strip() for w in words]
    words = [w for w in words if w]
    chars = sorted(list(set(''.join(words))))
    max_word_length = max(len(w) for w in words)
    print(f"number of examples in the dataset: {len(words)}")
    print(f"max word length: {max_word_length}")
    print(f"number of unique characters in the vocabulary: {len(chars)}")
    print("vocabulary:")
    print(''.join(chars))
    test_set_size = min(1000, int(len(words) * 0.1))
    rp = list(range(len(words)))
    random.Random(3407).shuffle(rp)
    train_words = [words[i] for i in rp[:-test_set_size]]
    test_words = [words[i] for i in rp[-test_set_size:]]
    print(f"split up the dataset into {len(train_words)} training examples and {len(test_words)} test examples")
    return (CharDataset(train_words, chars, max_word_length),
            CharDataset(test_words, chars, max_word_length))

train, test = create_datasets('names.txt')
print(train, test)
x, y = train[0]
print(x)
print(y)
print(train.decode([i for i in x if i > 0]))
splits = [Split('train', train.words), Split('test', test.words)]
for s in splits:
    avg = sum(map(len, s.words)) / len(s.words)
    print(f"{s.name:>6}: {len(s.words):4d} words, avg len {avg:5.2f}")
print(splits[1]._replace(words=[]), Split._fields, splits[0]._asdict()['name'])
print(max(splits, key=lambda s: len(s.words)).name)
