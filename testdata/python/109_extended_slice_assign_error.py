# extended slice assignment needs a sequence of the same size
nums = list(range(6))
nums[::2] = [10, 20, 30]
print(nums)
try:
    nums[::2] = [1, 2]
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
