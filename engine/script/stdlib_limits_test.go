package script_test

import (
	"testing"
	"time"

	"ormlab/engine/limits"
	"ormlab/engine/script"
)

// TestStdlibIteratorsStopAtLimits checks that the Go loops of the
// standard library's modules and the Python builtins charge every item:
// an endless iterator consumed by Go code ends at the step limit with
// LimitExceeded, where CPython would run forever (so the conformance
// corpus cannot hold these programs).
func TestStdlibIteratorsStopAtLimits(t *testing.T) {
	programs := []string{
		"import itertools\nlist(itertools.count())",
		"import itertools\nmax(itertools.cycle('ab'))",
		"import itertools\n''.join(itertools.repeat('a'))",
		"import itertools\nsorted(itertools.count())",
		"import itertools\nsum(itertools.count())",
		"import itertools\nfrom collections import Counter\nCounter(itertools.count())",
		"import itertools\nfrom collections import deque\ndeque(itertools.count(), maxlen=2)",
		"import itertools, statistics\nstatistics.mean(itertools.count())",
		"import itertools\nlist(zip(itertools.count(), itertools.repeat(1)))",
		"import itertools\nfor x in itertools.chain.from_iterable(itertools.repeat([1, 2])):\n    pass",
		"import itertools\nlist(itertools.accumulate(itertools.count()))",
	}
	opts := script.Options{Limits: limits.Limits{Timeout: 5 * time.Second, MaxSteps: 200_000}}
	for _, src := range programs {
		start := time.Now()
		res := script.Run(src, opts)
		if res.Err == nil || res.Err.Type != "LimitExceeded" {
			t.Errorf("%q: got %v, want LimitExceeded", src, res.Err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%q: took %v", src, d)
		}
	}
}
