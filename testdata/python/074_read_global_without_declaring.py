# reading a global needs no declaration
RATE = 0.25
def tax(amount):
    return amount * RATE

print(tax(100))
RATE = 0.5
print(tax(100))
