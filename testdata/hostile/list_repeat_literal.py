# error: LimitExceeded
# a list of 1,000 items repeated 10**5 times by a literal: 1.5 GB in one step.
l = list(range(1000))
l2 = l * 100000
