# sorted and list.sort with key and reverse
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums)
print(sorted("hello"), sorted((3, 1, 2), reverse=True))
