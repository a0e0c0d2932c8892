# breaking out of a loop leaves the generator suspended until closed
def gen():
    try:
        for i in range(5):
            print("yield", i)
            yield i
    finally:
        print("generator finalized")

g = gen()
for v in g:
    if v == 1:
        break
print("broke out")
g.close()
print("end")
