"""minbpe-style basic tokenizer, pure Python."""

def get_stats(ids, counts=None):
    counts = {} if counts is None else counts
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, idx):
    newids = []
    i = 0
    while i < len(ids):
        if ids[i] == pair[0] and i < len(ids) - 1 and ids[i + 1] == pair[1]:
            newids.append(idx)
            i += 2
        else:
            newids.append(ids[i])
            i += 1
    return newids


def replace_control_characters(s: str) -> str:
    import unicodedata
    chars = []
    for ch in s:
        if unicodedata.category(ch)[0] != "C":
            chars.append(ch)
        else:
            chars.append(f"\\u{ord(ch):04x}")
    return "".join(chars)


def render_token(t: bytes) -> str:
    s = t.decode('utf-8', errors='replace')
    s = replace_control_characters(s)
    return s


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
        assert vocab_size >= 256
        num_merges = vocab_size - 256
        text_bytes = text.encode("utf-8")
        ids = list(text_bytes)
        merges = {}
        vocab = {idx: bytes([idx]) for idx in range(256)}
        for i in range(num_merges):
            stats = get_stats(ids)
            pair = max(stats, key=stats.get)
            idx = 256 + i
            ids = merge(ids, pair, idx)
            merges[pair] = idx
            vocab[idx] = vocab[pair[0]] + vocab[pair[1]]
            if verbose:
                print(f"merge {i+1}/{num_merges}: {pair} -> {idx} ({vocab[idx]}) had {stats[pair]} occurrences")
        self.merges = merges
        self.vocab = vocab

    def decode(self, ids):
        text_bytes = b"".join(self.vocab[idx] for idx in ids)
        return text_bytes.decode("utf-8", errors="replace")

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        while len(ids) >= 2:
            stats = get_stats(ids)
            pair = min(stats, key=lambda p: self.merges.get(p, float("inf")))
            if pair not in self.merges:
                break
            ids = merge(ids, pair, self.merges[pair])
        return ids


text = ("Ｕｎｉｃｏｄｅ! 🅤🅝🅘🅒🅞🅓🅔‽ 🇺‌🇳‌🇮‌🇨‌🇴‌🇩‌🇪! 😄 The very name strikes fear and awe "
        "into the hearts of programmers worldwide. café naïve résumé — the the the there their")
tokens = text.encode("utf-8")
tokens = list(map(int, tokens))
print('---')
print(text[:40])
print("length:", len(text))
print('---')
print(tokens[:20])
print("length:", len(tokens))

tok = BasicTokenizer()
tok.train(text, 256 + 20, verbose=True)
ids = tok.encode("hello the café 😄")
print(ids)
print(tok.decode(ids))
print(tok.decode(ids) == "hello the café 😄")
print(tok.decode([128]))
print(repr(tok.decode([0xe2, 0x80])))
print(len(tokens), len(tok.encode(text)), f"compression ratio: {len(tokens) / len(tok.encode(text)):.2f}X")
for idx in range(256, 262):
    print(idx, repr(tok.vocab[idx]), render_token(tok.vocab[idx]))
print(render_token(b"a\nb\tc\x00"))
# saving-like output
lines = []
for (idx1, idx2), idx in tok.merges.items():
    lines.append(f"{idx1} {idx2}")
print("\n".join(lines[:5]))
inverted_merges = {idx: pair for pair, idx in tok.merges.items()}
for idx, token in list(tok.vocab.items())[256:261]:
    s = render_token(token)
    if idx in inverted_merges:
        idx0, idx1 = inverted_merges[idx]
        s0 = render_token(tok.vocab[idx0])
        s1 = render_token(tok.vocab[idx1])
        print(f"[{s0}][{s1}] -> [{s}] {idx}")
    else:
        print(f"[{s}] {idx}")
