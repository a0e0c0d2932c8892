package syntax

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// corpusGlobs are the Python files of the repository the parser must
// read exactly as CPython does, relative to this package.
var corpusGlobs = []string{
	"../../../testdata/cases/*.py",
	"../../../testdata/hostile/*.py",
	"../../../testdata/findings/*/*.py",
	"../testdata/*.py",
	"testdata/bench/*.py",
	"../../*/testdata/*.py",
	"../../*/testdata/*/*.py",
}

// snippetSep separates the snippets of a corpus file in testdata.
const snippetSep = "# ---"

// readSnippets splits each testdata/*.py file into snippets named
// file:line.
func readSnippets(t *testing.T, glob string) []pyCase {
	files, _ := filepath.Glob(glob)
	var cases []pyCase
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		line := 1
		for _, part := range strings.Split(string(data), snippetSep+"\n") {
			cases = append(cases, pyCase{Name: filepath.Base(file) + ":" + itoa(line), Src: part})
			line += strings.Count(part, "\n") + 1
		}
	}
	return cases
}

// repoFiles reads the repository's Python files named by corpusGlobs.
func repoFiles(t *testing.T) []pyCase {
	var cases []pyCase
	seen := map[string]bool{}
	for _, g := range corpusGlobs {
		files, _ := filepath.Glob(g)
		sort.Strings(files)
		for _, file := range files {
			if seen[file] {
				continue
			}
			seen[file] = true
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			// A script case's expected output follows a line "---".
			src, _, _ := strings.Cut(string(data), "\n---\n")
			cases = append(cases, pyCase{Name: file, Src: src + "\n"})
		}
	}
	return cases
}

// TestParseMatchesCPython parses the repository's Python files and the
// snippets of testdata/*.py and compares each tree with CPython's.
func TestParseMatchesCPython(t *testing.T) {
	cases := append(repoFiles(t), readSnippets(t, "testdata/corpus/*.py")...)
	cases = append(cases, extraFiles(t)...)
	want := askCPython(t, cases)
	checked, skipped := 0, 0
	for _, c := range cases {
		w := want[c.Name]
		if w.Error != nil {
			skipped++
			if testing.Verbose() {
				t.Logf("skipped %s: %s", c.Name, w.Error.Msg)
			}
			continue
		}
		checked++
		m, err := Parse(c.Name, c.Src)
		if err != nil {
			t.Errorf("%s: %v\n%s", c.Name, err, c.Src)
			continue
		}
		if got := Dump(m); got != w.Dump {
			t.Errorf("%s: trees differ\n%s", c.Name, diffAt(got, w.Dump))
		} else if got := dumpPositions(m); got != w.Positions {
			t.Errorf("%s: positions differ\n%s", c.Name, diffAt(got, w.Positions))
		}
	}
	t.Logf("%d sources compared with CPython, %d skipped as CPython rejects them", checked, skipped)
}

// diffAt shows two dumps around their first difference.
func diffAt(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-150)
	return "got  ..." + got[from:min(len(got), i+150)] + "\nwant ..." + want[from:min(len(want), i+150)]
}

// extraFiles reads the files named by the glob in PARSE_CORPUS, a way to
// run the comparison on a large body of code kept outside the repository
// (a Django checkout, CPython's Lib).
func extraFiles(t *testing.T) []pyCase {
	glob := os.Getenv("PARSE_CORPUS")
	if glob == "" {
		return nil
	}
	var cases []pyCase
	err := filepath.WalkDir(glob, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			data, _ := os.ReadFile(path)
			cases = append(cases, pyCase{Name: path, Src: string(data)})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// dumpPositions is Dump with every node's position.
func dumpPositions(n any) string {
	d := dumper{attrs: true}
	d.value(n)
	return d.b.String()
}
