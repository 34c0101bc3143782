import random
import textwrap
from collections import Counter, defaultdict
from itertools import islice
import string

corpus = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way."""

table = str.maketrans('', '', string.punctuation)
clean = corpus.lower().translate(table)
words = clean.split()
print(len(words), words[:6])

counts = Counter(words)
print(counts.most_common(5))
print(counts['was'], counts['zebra'])
print(sum(counts.values()), len(counts))
least = counts.most_common()[:-4:-1]
print(least)

chain = defaultdict(list)
for w1, w2 in zip(words, words[1:]):
    chain[w1].append(w2)
print(sorted(chain['the'])[:8])
print(len(chain), type(chain).__name__)
print(dict(islice(chain.items(), 3)))

def generate(start, n, rng):
    w = start
    for _ in range(n):
        yield w
        nxt = chain.get(w)
        if not nxt:
            return
        w = rng.choice(nxt)

rng = random.Random(42)
text = ' '.join(generate('it', 60, rng))
print(textwrap.fill(text, width=50))
print(textwrap.shorten(text, width=40, placeholder=' [...]'))
print(textwrap.indent(textwrap.fill(text[:120], 30), '> '))
print(textwrap.dedent("""
    first
      second
    third"""))

# second-order chain with tuple keys
chain2 = defaultdict(Counter)
for a, b, c in zip(words, words[1:], words[2:]):
    chain2[(a, b)][c] += 1
print(chain2[('it', 'was')].most_common(3))
print(list(islice(((k, v) for k, v in chain2.items() if len(v) > 1), 4)))

rng = random.Random(7)
state = ('it', 'was')
out = list(state)
for _ in range(25):
    c = chain2.get(state)
    if not c:
        break
    choices, weights = zip(*c.items())
    nxt = rng.choices(choices, weights=weights)[0]
    out.append(nxt)
    state = (state[1], nxt)
print(' '.join(out).capitalize() + '.')
print(string.capwords('hello   markov world'))
print(Counter('mississippi').most_common())
c1 = Counter(a=3, b=1); c2 = Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(c2.total(), +Counter(x=-1, y=2), -Counter(x=-1, y=2))
c1.update('aab'); c1.subtract({'b': 10})
print(c1, list(c1.elements()))
print(repr(Counter()), Counter({'z': 0}))
