# A byte-pair-encoding tokenizer in the style of Karpathy's minbpe: train a few merges on the
# UTF-8 bytes of a short text, then encode and decode with them.


def pair_counts(ids, counts=None):
    counts = {} if counts is None else counts
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, idx):
    out = []
    i = 0
    while i < len(ids):
        if i < len(ids) - 1 and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(idx)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def render(token: bytes) -> str:
    # A token may end inside a character: its bytes then read as U+FFFD.
    return token.decode('utf-8', errors='replace')


class BasicTokenizer:
    def __init__(self):
        self.merges = {}
        self.vocab = self._build_vocab()

    def _build_vocab(self):
        vocab = {idx: bytes([idx]) for idx in range(256)}
        for (p0, p1), idx in self.merges.items():
            vocab[idx] = vocab[p0] + vocab[p1]
        return vocab

    def train(self, text, vocab_size, verbose=False):
        num_merges = vocab_size - 256
        text_bytes = text.encode('utf-8')
        ids = list(text_bytes)
        merges = {}
        vocab = {idx: bytes([idx]) for idx in range(256)}
        for i in range(num_merges):
            stats = pair_counts(ids)
            if not stats:
                break
            pair = max(stats, key=stats.get)
            idx = 256 + i
            ids = merge(ids, pair, idx)
            merges[pair] = idx
            vocab[idx] = vocab[pair[0]] + vocab[pair[1]]
            if verbose:
                print(f'merge {i + 1}/{num_merges}: {pair} -> {idx} ({vocab[idx]}) '
                      f'had {stats[pair]} occurrences')
        self.merges = merges
        self.vocab = vocab

    def decode(self, ids):
        text_bytes = b''.join(self.vocab[idx] for idx in ids)
        return text_bytes.decode('utf-8', errors='replace')

    def encode(self, text):
        ids = list(text.encode('utf-8'))
        while len(ids) >= 2:
            stats = pair_counts(ids)
            pair = min(stats, key=lambda p: self.merges.get(p, float('inf')))
            if pair not in self.merges:
                break
            ids = merge(ids, pair, self.merges[pair])
        return ids


text = (
    'aaabdaaabac — the cat sat on the mat; the hat is on the cat. '
    'Ünïcödé bytes: naïve café, 10€ and 20€, emoji 🙂🙂 too.'
)
tok = BasicTokenizer()
tok.train(text, 256 + 20, verbose=True)
ids = tok.encode(text)
print(len(text), len(text.encode('utf-8')), len(ids))
print(ids[:24])
print(tok.decode(ids) == text)
for idx in sorted(tok.vocab)[-20:]:
    print(idx, tok.vocab[idx], repr(render(tok.vocab[idx])))

# Decoding a single token that ends inside a multi-byte character gives U+FFFD.
euro = '€'.encode('utf-8')
print(euro, list(euro), tok.decode([euro[0]]), tok.decode([euro[0], euro[1]]))
print(repr(tok.decode([0xe2, 0x82, 0xac, 0xe2, 0x28, 0xa1])))
print(tok.encode('the cat'), tok.decode(tok.encode('café 🙂')))
