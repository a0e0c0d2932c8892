# comparing a str and an int with < is a TypeError
print("10" == 10)
try:
    print("10" < 10)
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
