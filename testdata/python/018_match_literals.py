# match with literal patterns and a wildcard
def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 418:
            return "I'm a teapot"
        case _:
            return "Something's wrong with the internet"

for code in [400, 404, 418, 500]:
    print(code, http_error(code))
