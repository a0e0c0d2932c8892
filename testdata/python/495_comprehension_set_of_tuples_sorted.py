# set comprehensions deduplicate; sort them before printing
emails = ["A@x.org", "a@x.org", "b@y.org", "B@Y.org", "c@x.org"]
domains = {e.split("@")[1].lower() for e in emails}
print(sorted(domains))
unique = sorted({e.lower() for e in emails})
print(unique, len(unique))
