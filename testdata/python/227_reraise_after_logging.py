# logging an error and re-raising it to the caller
log = []
def save(record):
    try:
        if "id" not in record:
            raise KeyError("id")
        return "saved"
    except KeyError as e:
        log.append(f"missing {e}")
        raise

try:
    save({})
except KeyError as e:
    print("caller saw", repr(e))
print(log)
print(save({"id": 1}))
