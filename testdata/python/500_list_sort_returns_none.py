# list.sort sorts in place and returns None, sorted returns a new list
nums = [3, 1, 2]
result = nums.sort()
print(result, nums)
other = [9, 7, 8]
print(sorted(other), other)
