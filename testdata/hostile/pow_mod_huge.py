# error: LimitExceeded
# three-argument pow with a 330,000-bit exponent and modulus runs in one builtin.
print(pow(3, 10**100000, 10**100000+1) % 10)
