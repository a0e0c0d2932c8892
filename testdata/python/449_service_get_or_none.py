# a get_or_none helper catching a custom DoesNotExist
class DoesNotExist(Exception):
    pass

BOOKS = {1: "Dune", 2: "Emma"}

def get(pk):
    try:
        return BOOKS[pk]
    except KeyError:
        raise DoesNotExist(f"Book matching query does not exist. (pk={pk})") from None

def get_or_none(pk):
    try:
        return get(pk)
    except DoesNotExist:
        return None

print(get_or_none(1), get_or_none(9))
print(get(9))
