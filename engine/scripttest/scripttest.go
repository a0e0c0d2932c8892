// Package scripttest runs golden-file tests of scripts for the packages
// that give scripts their names (clock, cache, template, assertion).
//
// Each testdata/*.py file is a script, a line "---", and what running it
// gives: the output, then "--- " and the error if there is one, the same
// format as engine/script's own tests. UPDATE_GOLDEN=1 rewrites the
// expectations from what the scripts print now.
package scripttest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"ormlab/engine/clock"
	"ormlab/engine/script"
)

// separator divides a case's script from its expected result.
const separator = "\n---\n"

// Case is one golden file.
type Case struct {
	Name string // the file's base name
	Path string
	Src  string // the script
	Want string // the expected output and error
}

// Cases reads the golden files matching pattern, such as "testdata/*.py".
func Cases(t *testing.T, pattern string) []Case {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test scripts match %s: %v", pattern, err)
	}
	cases := make([]Case, 0, len(paths))
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src, want, _ := strings.Cut(string(data), separator)
		cases = append(cases, Case{filepath.Base(path), path, src + "\n", want})
	}
	return cases
}

// Run runs every golden file matching pattern with the options options
// returns for it, and compares (or, with UPDATE_GOLDEN set, rewrites) the
// expectations.
func Run(t *testing.T, pattern string, options func(t *testing.T, c Case) script.Options) {
	for _, c := range Cases(t, pattern) {
		t.Run(c.Name, func(t *testing.T) {
			got := Format(script.Run(c.Src, options(t, c)))
			if os.Getenv("UPDATE_GOLDEN") != "" {
				update(t, c, got)
				return
			}
			if got != c.Want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.Want)
			}
		})
	}
}

func update(t *testing.T, c Case, got string) {
	data := strings.TrimSuffix(c.Src, "\n") + separator + got
	if err := os.WriteFile(c.Path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Format prints a result the way the golden files hold it.
func Format(res script.Result) string {
	if res.Err == nil {
		return res.Output
	}
	return res.Output + "\n--- " + res.Err.Error() + "\n"
}

// WithLabClock is the options of a package whose scripts also read the
// lab clock (cache expiry, template date filters): each case gets the
// names globals returns, called once per case so that state such as a
// cache starts fresh, with clock.Builtins added and the clock bound.
func WithLabClock(globals func() starlark.StringDict) func(*testing.T, Case) script.Options {
	return func(*testing.T, Case) script.Options {
		names := starlark.StringDict{}
		for _, dict := range []starlark.StringDict{globals(), clock.Builtins} {
			for name, v := range dict {
				names[name] = v
			}
		}
		return script.Options{Globals: names, Setup: func(th *starlark.Thread) { clock.Bind(th) }}
	}
}
