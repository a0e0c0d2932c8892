# the = specifier prints the expression and its value
x = 10
name = "bob"
print(f"{x=}")
print(f"{x * 2 = }")
print(f"{name=!s} {name=}")
print(f"{x=:5d}|")
print(f"{3.14159=:.2f}")
