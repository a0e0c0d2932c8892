# divmod, round and abs on ints and floats
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(6.5, 2))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(15, -1), round(25, -1))
print(abs(-7), abs(-7.25), abs(True))
seconds = 3725
hours, rest = divmod(seconds, 3600)
minutes, secs = divmod(rest, 60)
print(f"{hours:02d}:{minutes:02d}:{secs:02d}")
