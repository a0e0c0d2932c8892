# some builtins take no keyword arguments
print(divmod(7, 2))
try:
    print(divmod(a=7, b=2))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
