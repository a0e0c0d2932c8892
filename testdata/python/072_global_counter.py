# a global statement lets a function rebind a module variable
calls = 0
def track():
    global calls
    calls += 1
    return calls

for _ in range(4):
    track()
print("calls:", calls)
