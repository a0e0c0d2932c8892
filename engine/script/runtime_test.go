package script_test

import (
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"ormlab/engine/limits"
	"ormlab/engine/py"
	"ormlab/engine/script"
)

// lineRecorder is a builtin that records CallerLine, as the ORM does for
// each SQL statement, and fails the thread when asked to.
func lineRecorder(lines *[]int) *starlark.Builtin {
	return starlark.NewBuiltin("query", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		*lines = append(*lines, script.CallerLine(thread))
		if len(args) > 0 && args[0] == starlark.True {
			script.Fail(thread, &py.Exception{Type: "DoesNotExist", Msg: "Book matching query does not exist."})
		}
		return starlark.None, nil
	})
}

func TestCallerLineAndFail(t *testing.T) {
	var lines []int
	src := "def f():\n    query()\n\nquery()\nf()\nprint('before')\nquery(True)\nprint('after')\n"
	res := script.Run(src, script.Options{Globals: starlark.StringDict{"query": lineRecorder(&lines)}})
	if got := []int{4, 2, 7}; len(lines) != 3 || lines[0] != got[0] || lines[1] != got[1] || lines[2] != got[2] {
		t.Errorf("CallerLine: got %v, want %v", lines, got)
	}
	want := &script.Error{Type: "DoesNotExist", Message: "Book matching query does not exist.", Line: 7}
	if res.Err == nil || *res.Err != *want || res.Output != "before\n" {
		t.Errorf("got %q, %v; want output before and %v", res.Output, res.Err, want)
	}
}

func TestSetupAndSteps(t *testing.T) {
	var saw bool
	setup := func(th *starlark.Thread) {
		th.SetLocal(py.ClockKey, func() time.Time { return time.Date(2030, 6, 1, 8, 0, 0, 0, time.UTC) })
		saw = true
	}
	res := script.Run("print(date.today(), datetime.now())\n", script.Options{Setup: setup})
	if !saw || res.Err != nil || res.Output != "2030-06-01 2030-06-01 08:00:00\n" || res.Steps == 0 {
		t.Errorf("got %+v", res)
	}
}

func TestPanicBecomesInternalError(t *testing.T) {
	boom := starlark.NewBuiltin("boom", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		panic("boom")
	})
	res := script.Run("print('x')\nboom()\n", script.Options{Globals: starlark.StringDict{"boom": boom}})
	if res.Err == nil || res.Err.Type != "InternalError" ||
		res.Err.Message != "the engine failed on this line (boom); this is a bug in ORM Lab: please report it with the script" || res.Output != "x\n" {
		t.Errorf("got %+v", res)
	}
}

// TestWallTime checks that a busy loop stops by the wall-time limit even
// where a timer cannot interrupt it (js/wasm).
func TestWallTime(t *testing.T) {
	start := time.Now()
	res := script.Run("while True:\n    pass\n", script.Options{Limits: limits.Limits{Timeout: time.Second, MaxSteps: 1 << 62}})
	elapsed := time.Since(start)
	t.Logf("while True with a 1s limit stopped after %v, %d steps", elapsed, res.Steps)
	if res.Err == nil || res.Err.Type != "LimitExceeded" || !strings.HasPrefix(res.Err.Message, "time: the script ran longer than 1s; ") {
		t.Errorf("got %v", res.Err)
	}
	if elapsed > 2*time.Second {
		t.Errorf("stopped after %v, want under 2s", elapsed)
	}
}

// TestDefaultLimits reports which limit stops a busy loop by default.
func TestDefaultLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("takes up to the default timeout")
	}
	start := time.Now()
	res := script.Run("while True:\n    pass\n", script.Options{})
	t.Logf("while True with default limits stopped after %v: %v", time.Since(start), res.Err)
	if res.Err == nil || !strings.HasPrefix(res.Err.Message, "steps: the script ran more than 5000000 steps") {
		t.Errorf("got %v", res.Err)
	}
}

func TestErrorString(t *testing.T) {
	e := &script.Error{Type: "SyntaxError", Message: "'class' statements are not supported in ORM Lab scripts", Line: 3}
	if got := e.Error(); got != "SyntaxError: 'class' statements are not supported in ORM Lab scripts (line 3)" {
		t.Error(got)
	}
}
