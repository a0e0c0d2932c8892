# error: LimitExceeded
# the playground case of issue 13: a list that doubles until the engine (its wasm worker) runs out of memory
l = [0]
while True:
    l = l + l
