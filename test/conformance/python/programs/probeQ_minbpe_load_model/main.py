"""Loading a minbpe .model file and its vocab, then encoding text with it."""
import os
import re
import unicodedata


def get_stats(ids, counts=None):
    counts = {} if counts is None else counts
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, idx):
    newids, i = [], 0
    while i < len(ids):
        if ids[i] == pair[0] and i < len(ids) - 1 and ids[i + 1] == pair[1]:
            newids.append(idx)
            i += 2
        else:
            newids.append(ids[i])
            i += 1
    return newids


def replace_control_characters(s: str) -> str:
    return "".join(ch if unicodedata.category(ch)[0] != "C" else f"\\u{ord(ch):04x}" for ch in s)


def render_token(t: bytes) -> str:
    return replace_control_characters(t.decode("utf-8", errors="replace"))


class Tokenizer:
    def __init__(self):
        self.merges = {}
        self.pattern = ""
        self.special_tokens = {}
        self.vocab = self._build_vocab()

    def _build_vocab(self):
        vocab = {idx: bytes([idx]) for idx in range(256)}
        for (p0, p1), idx in self.merges.items():
            vocab[idx] = vocab[p0] + vocab[p1]
        for special, idx in self.special_tokens.items():
            vocab[idx] = special.encode("utf-8")
        return vocab

    def load(self, model_file):
        assert model_file.endswith(".model")
        merges = {}
        special_tokens = {}
        idx = 256
        with open(model_file, "r", encoding="utf-8") as f:
            version = f.readline().strip()
            assert version == "minbpe v1"
            self.pattern = f.readline().strip()
            num_special = int(f.readline().strip())
            for _ in range(num_special):
                special, special_idx = f.readline().strip().split()
                special_tokens[special] = int(special_idx)
            for line in f:
                idx1, idx2 = map(int, line.split())
                merges[(idx1, idx2)] = idx
                idx += 1
        self.merges = merges
        self.special_tokens = special_tokens
        self.vocab = self._build_vocab()

    def encode(self, text):
        out = []
        for chunk in re.findall(self.pattern, text):
            ids = list(chunk.encode("utf-8"))
            while len(ids) >= 2:
                stats = get_stats(ids)
                pair = min(stats, key=lambda p: self.merges.get(p, float("inf")))
                if pair not in self.merges:
                    break
                ids = merge(ids, pair, self.merges[pair])
            out.extend(ids)
        return out

    def decode(self, ids):
        return b"".join(self.vocab[i] for i in ids).decode("utf-8", errors="replace")


tok = Tokenizer()
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tok.model")
tok.load(os.path.relpath(path))
print(len(tok.merges), tok.special_tokens, repr(tok.pattern[:20]))
print(os.path.basename(path), os.path.getsize("tok.model") > 0, os.path.exists("missing.model"))
inverted = {idx: pair for pair, idx in tok.merges.items()}
for idx, token in list(tok.vocab.items())[256:266]:
    s = render_token(token)
    if idx in inverted:
        i0, i1 = inverted[idx]
        print(f"[{render_token(tok.vocab[i0])}][{render_token(tok.vocab[i1])}] -> [{s}] {idx}")
    else:
        print(f"[{s}] {idx}")
with open("sample.txt", encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        ids = tok.encode(line)
        print(lineno, len(line.encode()), "->", len(ids), ids[:12])
        assert tok.decode(ids) == line
print(repr(tok.decode(tok.encode("héllo\n\twörld ✨"))))
try:
    tok.load("tok.txt")
except AssertionError:
    print("not a .model file")
try:
    open("tok.vocab")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
