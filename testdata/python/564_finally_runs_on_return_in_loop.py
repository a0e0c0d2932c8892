# return inside a loop inside try still runs finally once
def first_even(nums):
    try:
        for n in nums:
            if n % 2 == 0:
                return n
        return None
    finally:
        print("searched", nums)

print(first_even([1, 3, 4, 6]))
print(first_even([1]))
