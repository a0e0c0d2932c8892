# max of an empty sequence without default is a ValueError
scores = []
print(max(scores, default=0))
print(max(scores))
