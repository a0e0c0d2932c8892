# error: LimitExceeded
# l = l + l doubles a list each step: 30 steps make 10**9 items.
l = [0]
while True:
    l = l + l
