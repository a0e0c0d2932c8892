# max of an empty sequence without default is a ValueError
scores = []
print(max(scores, default=0))
try:
    print(max(scores))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
