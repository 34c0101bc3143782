import statistics
from statistics import mean, median, stdev, StatisticsError

print(issubclass(StatisticsError, ValueError))
try:
    median([])
except ValueError as e:
    print(type(e).__name__, e)
print(mean([1, 2, 3, 4]), type(mean([1, 2, 3])).__name__, mean([1, 2]), mean([0.1, 0.2, 0.3]))
print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
spread = stdev([3.0])
