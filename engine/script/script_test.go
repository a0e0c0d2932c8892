package script_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"ormlab/engine/script"
)

// Each testdata/*.py file is a script, a line "---", and what running it
// gives: the output, then "--- " and the error if there is one. A first
// line "# options: max_steps=N max_output=N timeout=D" sets limits;
// "# python: skip" exempts the file from the CPython comparison.
// UPDATE_GOLDEN=1 rewrites the expectations; ORMLAB_PYTHON=1 also runs
// each script under python3 and compares.

const separator = "\n---\n"

type scriptCase struct {
	name, path, src, want string
}

func readCases(t *testing.T) []scriptCase {
	paths, err := filepath.Glob("testdata/*.py")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test scripts: %v", err)
	}
	var cases []scriptCase
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src, want, _ := strings.Cut(string(data), separator)
		cases = append(cases, scriptCase{filepath.Base(path), path, src + "\n", want})
	}
	return cases
}

func TestScripts(t *testing.T) {
	for _, c := range readCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := render(script.Run(c.src, options(t, c.src)))
			if os.Getenv("UPDATE_GOLDEN") != "" {
				data := strings.TrimSuffix(c.src, "\n") + separator + got
				if err := os.WriteFile(c.path, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

// render prints a result the way the golden files hold it.
func render(res script.Result) string {
	if res.Err == nil {
		return res.Output
	}
	return res.Output + "\n--- " + res.Err.Error() + "\n"
}

// testGlobals stand in for the names the engine predeclares.
var testGlobals = starlark.StringDict{
	"Count": starlark.NewBuiltin("Count", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return starlark.String("Count(" + args[0].(starlark.String).GoString() + ")"), nil
	}),
	"Q": starlark.String("Q"),
}

func options(t *testing.T, src string) script.Options {
	opts := script.Options{Globals: testGlobals}
	first, _, _ := strings.Cut(src, "\n")
	spec, ok := strings.CutPrefix(first, "# options:")
	if !ok {
		return opts
	}
	for _, kv := range strings.Fields(spec) {
		key, value, _ := strings.Cut(kv, "=")
		var err error
		switch key {
		case "max_steps":
			opts.Limits.MaxSteps, err = strconv.ParseUint(value, 10, 64)
		case "max_output":
			opts.Limits.MaxOutput, err = strconv.Atoi(value)
		case "max_memory":
			opts.Limits.MaxMemory, err = strconv.ParseInt(value, 10, 64)
		case "timeout":
			opts.Limits.Timeout, err = time.ParseDuration(value)
		default:
			err = fmt.Errorf("unknown option %s", key)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return opts
}

// TestScriptsAgainstPython runs each script under CPython and compares
// its output and error with the expectation.
func TestScriptsAgainstPython(t *testing.T) {
	if os.Getenv("ORMLAB_PYTHON") == "" {
		t.Skip("set ORMLAB_PYTHON=1 to compare with python3")
	}
	for _, c := range readCases(t) {
		if strings.Contains(c.src, "# python: skip") {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			out, err := exec.Command("python3", "-c", pythonRunner, c.src).CombinedOutput()
			if err != nil {
				t.Fatalf("python3: %v\n%s", err, out)
			}
			if string(out) != c.want {
				t.Errorf("python3:\n%s\nwant:\n%s", out, c.want)
			}
		})
	}
}

// pythonRunner executes its argument as script.py and prints an error
// the way render does.
const pythonRunner = `
import sys, traceback
from datetime import date, datetime, timedelta
src = sys.argv[1]
glob = {"date": date, "datetime": datetime, "timedelta": timedelta, "__name__": "__main__"}
try:
    exec(compile(src, "script.py", "exec"), glob)
except Exception as e:
    line = 0
    for frame in traceback.extract_tb(e.__traceback__):
        if frame.filename == "script.py":
            line = frame.lineno
    if isinstance(e, SyntaxError):
        line = e.lineno
    text = traceback.format_exception_only(type(e), e)[-1].strip()
    if isinstance(e, SyntaxError):
        text = "SyntaxError: " + e.msg
    sys.stdout.flush()
    print("\n--- " + text + (" (line %d)" % line if line else ""))
`
