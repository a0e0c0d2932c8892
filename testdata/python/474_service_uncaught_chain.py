# an uncaught exception raised from another reports only the last
def parse_price(text):
    try:
        return float(text)
    except ValueError as e:
        raise TypeError(f"price must be numeric, got {text!r}") from e

print(parse_price("2.50"))
print(parse_price("cheap"))
