package script

import (
	"runtime"
	"testing"
	"time"
)

// TestSuspendedGeneratorsEnd checks that a run leaves no goroutine
// behind for the generators it left suspended: each generator body runs
// on a goroutine of its own, and a server runs script after script.
func TestSuspendedGeneratorsEnd(t *testing.T) {
	src := `
def counter(log):
    n = 0
    try:
        while True:
            yield n
            n += 1
    except Exception:
        log.append("caught")
        yield -1
    finally:
        log.append("finally")
        yield -2

log = []
gens = [counter(log) for _ in range(50)]
firsts = [next(g) for g in gens]
inner = (x for x in counter(log))
print(sum(firsts), next(inner), len(log))
`
	before := runtime.NumGoroutine()
	res := Run(src, Options{})
	if res.Err != nil || res.Output != "0 0 0\n" {
		t.Fatalf("got %q, %v", res.Output, res.Err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines before the run, %d after: suspended generators were not stopped", before, after)
	}
}
