# retrying a flaky operation with for-else
attempts = iter([ConnectionError("timeout"), ConnectionError("reset"), "ok"])

def call():
    result = next(attempts)
    if isinstance(result, Exception):
        raise result
    return result

for attempt in range(1, 4):
    try:
        print("attempt", attempt, "->", call())
        break
    except ConnectionError as e:
        print("attempt", attempt, "failed:", e)
else:
    print("gave up")
