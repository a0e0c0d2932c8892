# match combines literals with |
def kind(status):
    match status:
        case 401 | 403 | 404:
            return "client error"
        case 500 | 502 | 503:
            return "server error"
        case 200:
            return "ok"
    return "unknown"

for s in [200, 403, 502, 999]:
    print(s, kind(s))
