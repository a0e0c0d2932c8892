# error: LimitExceeded
# all() over a huge range whose items are all true.
print(all(range(1, 10**12)))
