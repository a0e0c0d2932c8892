# sum refuses strings as the start value
print(sum([1, 2]))
try:
    print(sum(["a", "b"], ""))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
