# for-else on an empty iterable runs else immediately
for x in []:
    print("never")
else:
    print("empty loop else")
while False:
    print("never")
else:
    print("while else")
