# except: pass silences an error; the code continues
results = []
for value in ["3", "four", "5"]:
    try:
        results.append(int(value))
    except ValueError:
        pass
print(results)
