# Lag and Lead need a positive offset
print(Window(Lag("price", 2), order_by="id") is not None)
Lead("price", offset=0)
