# statistics.mean of no data raises StatisticsError
import statistics
print(statistics.mean([10]))
print(statistics.mean([]))
