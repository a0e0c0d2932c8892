# for-else runs the else branch only when the loop did not break
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find(["a", "b", "c"], "b")
find(["a", "b", "c"], "z")
find([], "a")
