# truncating text to a number of words like a template filter
def truncatewords(text, n):
    words = text.split()
    if len(words) <= n:
        return " ".join(words)
    return " ".join(words[:n]) + " …"

print(truncatewords("The quick brown fox jumps", 3))
print(truncatewords("Short text", 5))
