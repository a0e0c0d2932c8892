# f-strings with different quotes and a multi-line triple-quoted form
user = {"name": "ann", "langs": ["py", "go"]}
print(f'{user["name"]} knows {len(user["langs"])} languages')
print(f"{', '.join(user['langs'])}")
card = f"""
Name:  {user['name'].title()}
Langs: {'/'.join(sorted(user['langs']))}"""
print(card)
