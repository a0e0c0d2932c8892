# raising ValueError with a formatted message from a helper
def parse_rating(text):
    rating = int(text)
    if not 1 <= rating <= 5:
        raise ValueError(f"rating must be between 1 and 5, got {rating}")
    return rating

print(parse_rating("4"))
print(parse_rating("9"))
