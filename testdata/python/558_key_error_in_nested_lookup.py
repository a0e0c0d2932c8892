# a KeyError deep in nested data names the missing key
response = {"data": {"user": {"id": 7}}}
print(response["data"]["user"]["id"])
print(response["data"]["profile"]["bio"])
