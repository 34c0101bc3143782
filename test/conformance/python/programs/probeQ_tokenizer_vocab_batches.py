"""Word-level tokenizer with special tokens, padding, truncation and a saved-vocab dump."""
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

PAD, UNK, BOS, EOS = "<pad>", "<unk>", "<bos>", "<eos>"


@dataclass
class Vocab:
    itos: List[str] = field(default_factory=lambda: [PAD, UNK, BOS, EOS])
    stoi: Dict[str, int] = field(init=False, repr=False)

    def __post_init__(self):
        self.stoi = {s: i for i, s in enumerate(self.itos)}

    @classmethod
    def build(cls, texts: Sequence[str], min_freq: int = 1, max_size: Optional[int] = None) -> "Vocab":
        counter = Counter(tok for t in texts for tok in tokenize(t))
        v = cls()
        for tok, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            if c < min_freq or (max_size is not None and len(v) >= max_size):
                break
            v.add(tok)
        return v

    def add(self, tok: str) -> int:
        if tok not in self.stoi:
            self.stoi[tok] = len(self.itos)
            self.itos.append(tok)
        return self.stoi[tok]

    def __len__(self):
        return len(self.itos)

    def __getitem__(self, tok: str) -> int:
        return self.stoi.get(tok, self.stoi[UNK])

    def __contains__(self, tok):
        return tok in self.stoi

    def encode(self, text: str, add_special: bool = True, max_len: Optional[int] = None) -> List[int]:
        ids = [self[t] for t in tokenize(text)]
        if add_special:
            ids = [self[BOS]] + ids + [self[EOS]]
        if max_len is not None:
            ids = ids[:max_len]
        return ids

    def decode(self, ids: Sequence[int], skip_special: bool = True) -> str:
        specials = {PAD, BOS, EOS} if skip_special else set()
        return " ".join(self.itos[i] for i in ids if self.itos[i] not in specials)


def tokenize(text: str) -> List[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


def collate(batch: List[List[int]], pad_id: int = 0):
    L = max(map(len, batch))
    padded = [seq + [pad_id] * (L - len(seq)) for seq in batch]
    mask = [[1] * len(seq) + [0] * (L - len(seq)) for seq in batch]
    return padded, mask


corpus = [
    "The model learns quickly.",
    "The loss goes down, then up!",
    "A model with more data learns more.",
    "Données, café et thé: ça marche?",
]
vocab = Vocab.build(corpus, min_freq=1, max_size=20)
print(vocab)
print(len(vocab), vocab["the"], vocab["zebra"], "model" in vocab, "zebra" in vocab)
ids = vocab.encode("The model learns about zebras.")
print(ids, "->", vocab.decode(ids), "|", vocab.decode(ids, skip_special=False))
batch = [vocab.encode(t, max_len=8) for t in corpus]
padded, mask = collate(batch)
for row, m in zip(padded, mask):
    print(" ".join(f"{i:2d}" for i in row), "|", "".join(map(str, m)))
print(json.dumps({"itos": vocab.itos[:8], "size": len(vocab)}, ensure_ascii=False))
print(json.dumps(vocab.stoi, ensure_ascii=True)[:120])
print(json.dumps({"special": [PAD, UNK], "nested": {"a": [1, 2.5, None]}}, indent=2))
loaded = json.loads(json.dumps({"itos": vocab.itos}))
v2 = Vocab(itos=loaded["itos"])
print(v2.encode("ça marche") == vocab.encode("ça marche"), v2 == vocab)
print(tokenize("Don't stop -- it's 3.14 e.g. fine..."))
lengths = Counter(len(b) for b in batch)
print(sorted(lengths.items()), max(lengths, key=lengths.get))
