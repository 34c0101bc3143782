# BPE over a file's bytes read with pathlib.Path.read_bytes(), which gives the bytes (it
# gave the open file before); the merges tie-break on the pair, as sorted() with a key does.
from pathlib import Path
from collections import Counter

raw = Path("corpus.txt").read_bytes()
print(type(raw).__name__, len(raw), raw[:12], raw.count(b"\n"))
text = Path("corpus.txt").read_text(encoding="utf-8")
print(len(text), text.splitlines()[2])
assert raw.decode("utf-8") == text

ids = list(raw)
merges = {}
for step in range(12):
    pairs = Counter(zip(ids, ids[1:]))
    (a, b), n = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    if n < 2:
        break
    new = 256 + step
    merges[(a, b)] = new
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == (a, b):
            out.append(new)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    ids = out
    print(f"merge {step:2d}: ({a:3d}, {b:3d}) -> {new} x{n:<2d} len={len(ids)}")

vocab = {i: bytes([i]) for i in range(256)}
for (a, b), i in merges.items():
    vocab[i] = vocab[a] + vocab[b]
print([vocab[i] for i in range(256, 256 + len(merges))])
decoded = b"".join(vocab[i] for i in ids)
print(decoded == raw, f"{len(raw) / len(ids):.3f}x")
print(decoded.decode("utf-8", errors="replace").split("\n")[2])
print(bytearray(raw[-9:]).decode(), raw[-9:-5].decode("utf-8", errors="replace"))
