# statistics: int and float results, variance, stdev and their errors
import statistics
print(statistics.mean([1, 2, 3]), statistics.mean([1, 2, 3, 4]), statistics.mean([0.1, 0.2, 0.3]))
print(statistics.median([1, 3]), statistics.median([5, 1, 3]), statistics.fmean([1, 2]))
print(statistics.variance([1, 2, 3, 4]), statistics.variance([1, 2, 3]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.stdev([1, 2, 3, 4]), statistics.pstdev([2, 4]), statistics.mode(["b", "a", "a", "b"]))
for fn, data in ((statistics.variance, [1]), (statistics.median, []), (statistics.mode, []), (statistics.stdev, [])):
    try:
        fn(data)
    except Exception as e:
        print(e)
