# a centered banner built with str methods
title = "Monthly Report"
width = 30
print("=" * width)
print(title.center(width))
print(title.upper().center(width, "."))
print("=" * width)
