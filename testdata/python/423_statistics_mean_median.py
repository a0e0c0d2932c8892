# statistics.mean, median and friends
import statistics
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.median([3, 1, 2]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.mean([1.5, 2.5]), statistics.pstdev(data))
print(round(statistics.stdev(data), 4))
