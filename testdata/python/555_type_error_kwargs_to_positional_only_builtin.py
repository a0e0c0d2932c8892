# some builtins take no keyword arguments
print(divmod(7, 2))
print(divmod(a=7, b=2))
