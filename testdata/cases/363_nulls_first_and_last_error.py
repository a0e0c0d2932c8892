# nulls_first and nulls_last cannot both be set
print(F("price").desc(nulls_last=True))
F("price").desc(nulls_first=True, nulls_last=True)
