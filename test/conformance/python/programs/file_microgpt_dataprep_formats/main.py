# microgpt-style data prep: docs, tokenizer, batches, formatted tables with nested specs
import os, random, math, time

random.seed(42)
input_path = os.path.join(os.path.dirname(__file__), 'names.txt')
if not os.path.exists(input_path):
    raise SystemExit("missing " + input_path)
docs = [l.strip() for l in open(input_path).read().strip().split('\n')]
random.shuffle(docs)
print(f"num docs: {len(docs)}")
uchars = sorted(set(''.join(docs)))
BOS = len(uchars)
vocab_size = len(uchars) + 1
print(f"vocab size: {vocab_size}")

t0 = time.perf_counter()
block_size = 8
def build_dataset(ws):
    X, Y = [], []
    for w in ws:
        context = [BOS] * 3
        for ch in w + chr(0):
            ix = uchars.index(ch) if ch in uchars else BOS
            X.append(context)
            Y.append(ix)
            context = context[1:] + [ix]
    return X, Y

Xtr, Ytr = build_dataset(docs[:90])
Xdev, Ydev = build_dataset(docs[90:])
elapsed = time.perf_counter() - t0
print("built in under 5s:", elapsed < 5)
print(len(Xtr), len(Ytr), len(Xdev))
for x, y in list(zip(Xtr, Ytr))[:6]:
    print(''.join(uchars[i] if i != BOS else '.' for i in x), '--->', uchars[y] if y != BOS else '.')

w, p = 10, 3
vals = [math.pi, math.e, -1 / 3, 1e-5, 12345.6789, float('inf')]
for v in vals:
    print(f"|{v:>{w}.{p}f}|{v:<{w}.{p}e}|{v:^{w}.{p}g}|")
print(f"{'name':<{w}}{'len':>{p+2}}")
for d in docs[:4]:
    print(f"{d:<{w}}{len(d):>{p+2}d}")
print(format(3.14159, '>8.3f'), format(42, '06d'), format('s', '*^5'), format(0.000123, '.2e'), format(1e20, 'g'))
print(format(123.456, ''), format(2.0), format(10**16 * 1.0, ''), format(1/3, '.10'), format(100, ','))
print('%5.2f%%' % 99.5, '%-8s|' % 'left', '%+.3e' % 12345.678, '%x %X %o' % (255, 255, 8), '%r' % 'q', '%c' % 65)
print('%(a)s and %(b)05.1f' % {'a': 'A', 'b': 2.25}, '%*d' % (5, 42), '%.*f' % (2, 3.14159))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(7, -1))
print(1e16, 1e-7, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3, 100.0, -0.0, float('nan'))
steps = 1000
for step in range(0, steps, 250):
    lr = 0.1 * (1 - step / steps)
    loss = 3.3 * math.exp(-step / 400)
    print(f"step {step+1:4d} / {steps:4d} | loss {loss:.4f} | lr {lr:.5f}")
