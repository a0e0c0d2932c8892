# raise ... from sets __cause__
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["PORT"])
    except KeyError as exc:
        raise ConfigError("PORT is not set") from exc

try:
    read_port({})
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__))
read_port({"HOST": "x"})
