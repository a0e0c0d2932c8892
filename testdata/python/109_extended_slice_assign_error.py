# extended slice assignment needs a sequence of the same size
nums = list(range(6))
nums[::2] = [10, 20, 30]
print(nums)
nums[::2] = [1, 2]
