# json.JSONDecodeError and statistics.StatisticsError are catchable by their module names
import json, statistics
try:
    json.loads("{")
except json.JSONDecodeError as e:
    print("caught", e)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("caught", e)
