# aggregates over dict values and keys
scores = {"ann": 88, "bob": 95, "cid": 72}
print(sum(scores.values()), min(scores.values()), max(scores))
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(round(sum(scores.values()) / len(scores), 1))
