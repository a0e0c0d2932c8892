# inverting a mapping into groups with a comprehension
role_of = {"ann": "admin", "bob": "staff", "cid": "admin", "dan": "guest"}
roles = sorted(set(role_of.values()))
print({r: sorted(u for u, ur in role_of.items() if ur == r) for r in roles})
