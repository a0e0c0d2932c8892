# formatting numbers in reports with format()
amounts = [5, 1234.5, -99.999, 0]
for a in amounts:
    print(format(a, ">10.2f"), format(a, "+,.1f"), format(int(a), "05d"))
print(format(0.5, "%"), format(1 / 3, ".3%"))
