# reading a missing key with [] is a KeyError
config = {"host": "localhost", "port": 5432}
print(config.get("user"), config.get("user", "postgres"))
print(config["user"])
