# keyword arguments can be given in any order
def parrot(voltage, state="a stiff", action="voom", kind="Norwegian Blue"):
    print("-- This parrot wouldn't", action, end=" ")
    print("if you put", voltage, "volts through it.")
    print("-- Lovely plumage, the", kind, "-- It's", state, "!")

parrot(1000)
parrot(voltage=1000000, action="VOOOOOM")
parrot("a thousand", state="pushing up the daisies")
