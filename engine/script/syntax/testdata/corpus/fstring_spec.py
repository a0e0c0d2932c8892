# A := right after a field expression starts its format spec.
n = 1234567
print(f"{n:=^20,}", f"{-42:=+8d}", f"{n!r:=>12}")
