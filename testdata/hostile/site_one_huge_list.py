# error: LimitExceeded
# one allocation too large for the wasm engine (Go panicked: makeslice: len out of range)
x = [0] * 10**9
