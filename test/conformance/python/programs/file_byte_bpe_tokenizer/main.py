# toy byte-level BPE tokenizer trained on the names file (minbpe-style, own words)
import re
from collections import Counter

SPLIT = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?[^\s\w]+|\s+(?!\S)|\s+""")

def get_stats(ids, counts=None):
    counts = {} if counts is None else counts
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts

def merge(ids, pair, idx):
    out, i = [], 0
    while i < len(ids):
        if i < len(ids) - 1 and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(idx)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out

text = open('names.txt', encoding='utf-8').read().replace('\n', ' ') + " it's 2024, we'll   see!!"
chunks = SPLIT.findall(text)
print(len(chunks), chunks[:6], chunks[-6:])
ids = [list(ch.encode('utf-8')) for ch in chunks]
vocab = {i: bytes([i]) for i in range(256)}
merges = {}
num_merges = 20
for k in range(num_merges):
    stats = {}
    for chunk_ids in ids:
        get_stats(chunk_ids, stats)
    if not stats:
        break
    pair = max(stats, key=stats.get)
    idx = 256 + k
    ids = [merge(c, pair, idx) for c in ids]
    merges[pair] = idx
    vocab[idx] = vocab[pair[0]] + vocab[pair[1]]
    print(f"merge {k + 1:2d}/{num_merges}: {pair} -> {idx} ({vocab[idx]!r}) had {stats[pair]} occurrences")

def encode(s):
    out = []
    for ch in SPLIT.findall(s):
        b = list(ch.encode('utf-8'))
        while len(b) >= 2:
            st = get_stats(b)
            pair = min(st, key=lambda p: merges.get(p, float('inf')))
            if pair not in merges:
                break
            b = merge(b, pair, merges[pair])
        out.extend(b)
    return out

def decode(ids):
    return b''.join(vocab[i] for i in ids).decode('utf-8', errors='replace')

sample = "mian elraor is café-ready"
enc = encode(sample)
print(enc)
print(decode(enc), decode(enc) == sample, f"ratio {len(sample.encode()) / len(enc):.2f}X")
print(decode([0xc3]), repr(bytes([0xe2, 0x82]).decode('utf-8', 'replace')))
lens = Counter(len(vocab[i]) for i in merges.values())
print(sorted(lens.items()))
