# statistics over Fractions (alone and mixed with ints, floats and bools): CPython's _coerce and
# _convert, a Fraction result where the data were Fractions and ints.
import statistics as st
from fractions import Fraction as F
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("EXC", type(e).__name__, e)
ds = [[F(1, 3), F(2, 3), F(5, 7)], [F(1, 2), 1, 2], [F(1, 2), 1.5], [1, 2, F(3)], [F(1, 4)] * 4, [F(-3, 8), F(7, 3), True]]
for d in ds:
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.variance, st.pvariance, st.stdev, st.pstdev, st.harmonic_mean, st.geometric_mean, st.quantiles):
        t(lambda: fn(d))
    t(lambda: st.variance(d, xbar=F(1, 2))); t(lambda: st.pvariance(d, mu=1))
    t(lambda: st.covariance(d, d[::-1])); t(lambda: st.correlation(d, [1, 2, 3])); t(lambda: st.linear_regression(d, [1, 2, 3]))
    t(lambda: st.harmonic_mean(d, weights=[1, 2, 3]))
    t(lambda: st.fmean(d, weights=[F(1, 2), 1, 2]))
