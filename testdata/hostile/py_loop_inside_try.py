# error: LimitExceeded
# an endless loop inside try/except Exception: the limit is not an exception the script can catch
while True:
    try:
        x = 1
    except Exception:
        pass
