# word-level vocabulary from a small corpus: cleaning, tokenizing, <unk>, unigram perplexity
import re
import string
import math
import textwrap
from collections import Counter

with open('corpus.txt', encoding='utf-8') as fh:
    raw = fh.read()
print(len(raw), raw.count('\n'), repr(raw[:30]))
paragraphs = [p.strip() for p in raw.split('\n\n') if p.strip()]
print(len(paragraphs), [len(p.split()) for p in paragraphs])
text = re.sub(r'\s+', ' ', raw).strip()
print(textwrap.fill(text, 50, initial_indent='> ', subsequent_indent='  '))
table = str.maketrans('', '', string.punctuation + '“”—…')
clean = text.translate(table).casefold()
print(clean[:60])
tokens = re.findall(r"[a-z0-9']+|[^\sa-z0-9]", text.lower())
print(len(tokens), tokens[:12])
words = re.findall(r"\b\w+\b", clean)
counts = Counter(words)
counts.update(w for w in ['the', 'the', 'fox'])
print(counts.most_common(6))
min_count = 2
vocab = ['<unk>'] + sorted(w for w, c in counts.items() if c >= min_count)
stoi = {w: i for i, w in enumerate(vocab)}
ids = [stoi.get(w, 0) for w in words]
print(vocab, ids[:15], ids.count(0))
total = sum(counts.values())
V = len(counts)
def prob(w):
    return (counts[w] + 1) / (total + V + 1)
test = "the lazy cat jumps over the quick dog".split()
nll = -sum(math.log(prob(w)) for w in test) / len(test)
print(f"nll={nll:.4f} ppl={math.exp(nll):.2f}")
for w in test:
    print(f"{w:<8}{counts[w]:>3}{prob(w):>10.5f}{'' if w in counts else '  (unseen)'}")
sentences = re.split(r'(?<=[.!?])\s+', text)
print(len(sentences), [s[:20] for s in sentences])
emails = re.findall(r'[\w.]+@[\w.]+\w', text)
nums = [float(n.replace(',', '')) for n in re.findall(r'\d[\d,]*\.?\d*', text)]
print(emails, nums, sum(nums))
caps = [w for w in re.findall(r'\w+', text) if w[0].isupper()]
print(caps, {w.lower() for w in caps} >= {'the'}, len(set(caps)))
print(max(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:3])
print(' '.join(w.capitalize() for w in 'hello wide world'.split()), 'naïve café'.upper(), 'straße'.casefold(), 'İstanbul'.lower())
