# default argument values fill missing arguments
def ask(prompt, retries=4, reminder="Please try again!"):
    return f"{prompt} retries={retries} reminder={reminder}"

print(ask("Quit?"))
print(ask("Overwrite?", 2))
print(ask("Save?", 1, "Yes or no!"))
print(ask(reminder="Hm", prompt="Go?"))
