# a starred target still needs enough values for the others
first, *rest, last = [1, 2]
print(first, rest, last)
first, *rest, last = [1]
