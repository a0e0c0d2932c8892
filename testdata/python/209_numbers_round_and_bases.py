# round with ndigits, and int in other bases
print(round(3.14159, 2), round(1234.5678, -2), round(7), round(7.5), round(8.5))
print(bin(10), oct(8), hex(255), int("777", 8))
print(1_000_000 + 1, 0x1F, 0o17, 0b11)
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 3))
