"""A RegexTokenizer in the style of minbpe, with special tokens, ASCII-only split pattern."""
import re

GPT2_LIKE = r"""'(?:[sdmt]|ll|ve|re)| ?[a-zA-Z]+| ?[0-9]+| ?[^\s\w]+|\s+(?!\S)|\s+"""
GPT4_LIKE = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\w]?[a-zA-Z]+|[0-9]{1,3}| ?[^\s\w]+[\r\n]*|\s*[\r\n]|\s+(?!\S)|\s+"""


def get_stats(ids, counts=None):
    counts = {} if counts is None else counts
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, idx):
    out, i = [], 0
    while i < len(ids):
        if i < len(ids) - 1 and (ids[i], ids[i + 1]) == pair:
            out.append(idx)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


class RegexTokenizer:
    def __init__(self, pattern=None):
        self.pattern = GPT4_LIKE if pattern is None else pattern
        self.compiled_pattern = re.compile(self.pattern)
        self.special_tokens = {}
        self.inverse_special_tokens = {}
        self.merges = {}
        self.vocab = {idx: bytes([idx]) for idx in range(256)}

    def train(self, text, vocab_size, verbose=False):
        num_merges = vocab_size - 256
        text_chunks = re.findall(self.compiled_pattern, text)
        ids = [list(ch.encode("utf-8")) for ch in text_chunks]
        for i in range(num_merges):
            stats = {}
            for chunk_ids in ids:
                get_stats(chunk_ids, stats)
            if not stats:
                print("nothing left to merge at", i)
                break
            pair = max(stats, key=stats.get)
            idx = 256 + i
            ids = [merge(chunk_ids, pair, idx) for chunk_ids in ids]
            self.merges[pair] = idx
            self.vocab[idx] = self.vocab[pair[0]] + self.vocab[pair[1]]
            if verbose:
                print(f"merge {i+1}/{num_merges}: {pair} -> {idx} ({self.vocab[idx]}) had {stats[pair]} occurrences")

    def register_special_tokens(self, special_tokens):
        self.special_tokens = special_tokens
        self.inverse_special_tokens = {v: k for k, v in special_tokens.items()}

    def decode(self, ids):
        part_bytes = []
        for idx in ids:
            if idx in self.vocab:
                part_bytes.append(self.vocab[idx])
            elif idx in self.inverse_special_tokens:
                part_bytes.append(self.inverse_special_tokens[idx].encode("utf-8"))
            else:
                raise ValueError(f"invalid token id: {idx}")
        text_bytes = b"".join(part_bytes)
        return text_bytes.decode("utf-8", errors="replace")

    def _encode_chunk(self, text_bytes):
        ids = list(text_bytes)
        while len(ids) >= 2:
            stats = get_stats(ids)
            pair = min(stats, key=lambda p: self.merges.get(p, float("inf")))
            if pair not in self.merges:
                break
            ids = merge(ids, pair, self.merges[pair])
        return ids

    def encode_ordinary(self, text):
        ids = []
        for chunk in re.findall(self.compiled_pattern, text):
            ids.extend(self._encode_chunk(chunk.encode("utf-8")))
        return ids

    def encode(self, text, allowed_special="none_raise"):
        special = None
        if allowed_special == "all":
            special = self.special_tokens
        elif allowed_special == "none":
            special = {}
        elif allowed_special == "none_raise":
            special = {}
            assert all(token not in text for token in self.special_tokens)
        elif isinstance(allowed_special, set):
            special = {k: v for k, v in self.special_tokens.items() if k in allowed_special}
        else:
            raise ValueError(f"allowed_special={allowed_special} not understood")
        if not special:
            return self.encode_ordinary(text)
        special_pattern = "(" + "|".join(re.escape(k) for k in special) + ")"
        special_chunks = re.split(special_pattern, text)
        ids = []
        for part in special_chunks:
            if part in special:
                ids.append(special[part])
            else:
                ids.extend(self.encode_ordinary(part))
        return ids


text = """Hello world!!! How's it going? I'm fine, you've seen 12345 things.
  The quick brown fox   jumps over the lazy dog.\n\n\tTabs and  spaces   """
print(re.findall(GPT2_LIKE, text)[:25])
print(re.findall(GPT4_LIKE, "HOW'S IT GOING'LL 1234567 x!!\r\n\r\nok"))
tok = RegexTokenizer()
tok.train(text * 3, 256 + 12, verbose=True)
tok.register_special_tokens({"<|endoftext|>": 100257, "<|fim_prefix|>": 100258})
s = "hello world<|endoftext|>the fox<|fim_prefix|>!"
ids = tok.encode(s, allowed_special="all")
print(ids)
print(tok.decode(ids) == s, tok.decode(ids))
print(tok.encode("the fox", allowed_special="none"))
print(tok.encode(s, allowed_special={"<|endoftext|>"})[-8:])
try:
    tok.encode(s)
except AssertionError:
    print("special token in text")
try:
    tok.decode([999999])
except ValueError as e:
    print("ValueError:", e)
try:
    tok.encode("x", allowed_special=3)
except ValueError as e:
    print(e)
print(re.escape("<|endoftext|>"), re.escape("a.b*c"), re.escape("tab\there"))
print(re.split(r"(<\|[a-z_]+\|>)", s))
print(re.split(r"\s+", " a  b c ", maxsplit=1), re.split(r"x*", "axbc"))
print([m.span() for m in re.finditer(r" ?[a-z]+", "ab cd  ef")])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.subn("o", "0", "foo boo"))
print(re.fullmatch(r"[0-9]{1,3}", "1234"), re.match(r"(?P<w>\w+) (?P=w)", "bye bye").groupdict())
