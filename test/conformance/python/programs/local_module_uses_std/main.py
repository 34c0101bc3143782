import stats

print(stats.mean([1, 2, 3, 4]), stats.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(stats.sample_mean(5))
