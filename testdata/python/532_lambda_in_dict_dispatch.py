# a dict of lambdas as a small operator table
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for expr in ["3 + 4", "10 / 4", "6 * 7", "1 - 9"]:
    a, op, b = expr.split()
    print(expr, "=", ops[op](int(a), int(b)))
