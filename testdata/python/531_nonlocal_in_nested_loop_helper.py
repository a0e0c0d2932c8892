# nonlocal counters updated from a nested helper in a loop
def count_matches(words, letter):
    hits = 0
    misses = 0
    def check(word):
        nonlocal hits, misses
        if letter in word:
            hits += 1
        else:
            misses += 1
    for w in words:
        check(w)
    return hits, misses

print(count_matches(["apple", "kiwi", "plum", "pear"], "p"))
