# statistics.NormalDist: construction and its errors, pdf/cdf/inv_cdf (AS241) digits, quantiles,
# overlap, zscore, from_samples (exact mean, correctly rounded stdev), samples() from random.gauss
# or Random(seed), arithmetic with constants and other NormalDists, equality, hashing, repr, a
# subclass, and a small Gaussian naive Bayes built on it.
import statistics as st, random, math
from statistics import NormalDist
from fractions import Fraction
random.seed(7)
data = [random.gauss(10, 3) for _ in range(50)]
nd = st.NormalDist(5, 2); print(nd, nd.pdf(5), nd.cdf(7), nd.inv_cdf(0.975), nd.mean, nd.stdev, nd.variance, nd + 1, nd * 2, nd.overlap(st.NormalDist(6, 1)))
print(st.NormalDist.from_samples(data), nd.zscore(9), nd.quantiles(), nd.quantiles(10), NormalDist())
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist.from_samples([Fraction(1, 3), 2, 5.5]))
print(nd - 1, 1 - nd, 10 + nd, 3 * nd, nd / 4, -nd, +nd, nd + NormalDist(1, 3), nd - NormalDist(1, 3), nd == NormalDist(5.0, 2.0), nd == 5, hash(nd) == hash(NormalDist(5, 2)))
print(nd.median, nd.mode, nd.samples(3, seed=42), nd.samples(2), random.random())
for p in [1e-10, 0.001, 0.02, 0.3, 0.5, 0.7, 0.9999, 1 - 1e-12, 1e-300]:
    print(p, NormalDist().inv_cdf(p), NormalDist(100, 15).cdf(NormalDist(100, 15).inv_cdf(p)))
for x in [-40, -5, -1.5, 0, 0.1, 2, 8.25, 39]:
    print(x, NormalDist().pdf(x), NormalDist().cdf(x), NormalDist(1, 0.5).pdf(x), NormalDist(2.5, 3).cdf(x))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(3, 1)), NormalDist(1, 2).overlap(NormalDist(1, 2)))
print(NormalDist(Fraction(1, 2), 2), NormalDist(3, 0).mean, {nd: 1}[NormalDist(5, 2)], repr(NormalDist(1e100, 1e-5)))
class Heights(NormalDist):
    pass
h = Heights.from_samples([170, 180, 175.5, 160])
print(h, type(h).__name__, type(h + 1).__name__, isinstance(h, NormalDist), h.pdf(175))
# a tiny gaussian naive Bayes
classes = {"a": [[1.0, 2.1], [1.2, 1.9], [0.8, 2.3]], "b": [[3.1, 0.5], [2.9, 0.7], [3.3, 0.2]]}
models = {c: [NormalDist.from_samples(col) for col in zip(*rows)] for c, rows in classes.items()}
for x in [[1.1, 2.0], [3.0, 0.4], [2.0, 1.3]]:
    scores = {c: st.fmean([0.5]) * math.prod(d.pdf(v) for d, v in zip(ms, x)) for c, ms in models.items()}
    print(x, max(scores, key=scores.get), scores)
for bad in [lambda: NormalDist(1, -1), lambda: NormalDist(3, 0).pdf(1), lambda: NormalDist(3, 0).cdf(1), lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(3, 0).zscore(1), lambda: NormalDist().overlap(5), lambda: NormalDist(1, 0).overlap(NormalDist()), lambda: NormalDist.from_samples([1]), lambda: NormalDist().pdf("x"), lambda: nd * "a", lambda: NormalDist(0, 0).inv_cdf(0.5), lambda: NormalDist("a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
