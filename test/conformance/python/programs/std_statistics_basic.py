import statistics as st
import random
random.seed(3)
xs = [random.random()*100 for _ in range(50)]
ys = [x*2 + random.random() for x in xs]
ints = [random.randint(0, 100) for _ in range(30)]
print(st.mean(xs), st.mean(ints), st.mean([1,2,3]), st.mean([1,2]), st.mean([1, 2.5]))
print(st.fmean(xs), st.fmean([1,2,3],[3,2,1]))
print(st.median(xs), st.median(ints), st.median([1,3]), st.median([1,2,3]))
print(st.median_low(xs), st.median_high(ints))
print(st.mode([1,1,2,2,3]), st.multimode('aabbbcccd'), st.multimode([]), st.mode('hello'))
print(st.variance(xs), st.variance(ints), st.variance([1,2,3,4]), st.variance([1,3,5]))
print(st.pvariance(xs), st.pvariance(ints), st.pvariance([1,2,3,4]))
print(st.stdev(xs), st.stdev(ints), st.pstdev(xs), st.pstdev([1,2,3,4]), st.stdev([1,2]))
print(st.variance(xs, 50.0), st.pvariance([1,2,3], mu=2))
print(st.quantiles(xs), st.quantiles(ints, n=10), st.quantiles([1,2,3,4,5], method='inclusive'), st.quantiles([1,2], n=3))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean(xs))
print(st.harmonic_mean([40, 60]), st.harmonic_mean(xs), st.harmonic_mean([1, 0, 2]), st.harmonic_mean([5]), st.harmonic_mean([40,60],[5,30]))
print(st.correlation(xs, ys), st.covariance(xs, ys), st.covariance([1,2,3],[1,2,3]))
print(st.linear_regression(xs, ys))
r = st.linear_regression([1,2,3],[2,4,6.5], proportional=True)
print(r.slope, r.intercept)
print(st.mean([0.1]*10), st.mean([1e308, 1e308]), st.mean([True, True]))
print(st.variance([0.1, 0.2, 0.3]), st.stdev([0.1, 0.2, 0.3, 1e-5]))
print(st.mean(x for x in range(10)), st.mean(range(1, 100)))
print(st.variance([1, float('inf')]), st.mean([1, float('nan')]))
print(isinstance(st.StatisticsError(), ValueError))
for f, a in [(st.mean, []), (st.variance, [1]), (st.pstdev, []), (st.median_high, []), (st.mode, []), (st.quantiles, [1]), (st.geometric_mean, [1, -1]), (st.harmonic_mean, [1, -1]), (st.correlation, ([1,1],[1,2])), (st.linear_regression, ([1,1],[1,2])), (st.covariance, ([1],[1,2]))]:
    try:
        print(f(*a) if isinstance(a, tuple) else f(a))
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    st.mean(['a'])
except TypeError as e:
    print("TypeError:", e)
try:
    st.quantiles([1,2], method='nope')
except ValueError as e:
    print("ValueError:", e)
try:
    st.fmean([1, 2], [1])
except ValueError as e:
    print(type(e).__name__, e)
