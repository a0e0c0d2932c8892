# a missing class attribute names the class in the message
class Settings:
    DEBUG = True

print(Settings.DEBUG)
print(Settings.TIME_ZONE)
