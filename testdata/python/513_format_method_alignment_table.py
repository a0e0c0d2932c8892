# str.format building an aligned table with computed widths
rows = [("apples", 3, 0.5), ("watermelon", 1, 3.25), ("figs", 12, 0.2)]
w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print("{:<{w}} {:>3} x {:5.2f} = {:6.2f}".format(name, qty, price, qty * price, w=w))
