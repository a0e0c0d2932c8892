# importing a module that does not exist is a ModuleNotFoundError
import math
print(math.sqrt(9))
import no_such_module_here
