# module-level flags changed through global in a setup function
DEBUG = False
LEVEL = "info"

def configure(debug):
    global DEBUG, LEVEL
    DEBUG = debug
    LEVEL = "debug" if debug else "info"

print(DEBUG, LEVEL)
configure(True)
print(DEBUG, LEVEL)
