package engine

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// seedAdaptation says how one code example of a source document runs on
// the sample models (testdata/seeds/<seed file>.json). The example's own
// lines are never stored in the repository: the test reads them from
// ../shared/seeds at test time and changes nothing in them but names.
type seedAdaptation struct {
	Index  int    `json:"index"`
	Starts string `json:"starts"` // the example's first line, as extracted
	// NotRunnable, when set, says why the example is not code the lab
	// runs (a model declaration, settings, a shell command, a template).
	NotRunnable string `json:"not_runnable,omitempty"`
	// Names are the substitutions, in order, of whole identifiers and
	// string words naming the article's models, fields and lookups.
	Names [][2]string `json:"names,omitempty"`
	// Indent gives each line's indentation in levels of four spaces for
	// a seed whose text export dropped it (001); nothing else changes.
	Indent   []int    `json:"indent,omitempty"`
	Prelude  []string `json:"prelude,omitempty"`
	Epilogue []string `json:"epilogue,omitempty"`
	// Fails, when set, says why Django cannot run the example as written;
	// the lab must then raise the same error Django raises.
	Fails string `json:"fails,omitempty"`
	// LabGap, when set, names what the lab lacks to run an example that
	// Django runs; the example is skipped, saying so, until it is added.
	LabGap string `json:"lab_gap,omitempty"`
}

// seedFile is the adaptation data of one seed file.
type seedFile struct {
	File     string           `json:"file"`
	Examples []seedAdaptation `json:"examples"`
}

// seedScript is one adapted example ready to run.
type seedScript struct {
	name  string // 000_ex03
	src   string
	fails string
	gap   string
}

// TestSeedExamples runs every code example of the source documents in
// ../shared/seeds, adapted to the sample models by testdata/seeds/*.json:
// the lab must run each runnable one (or raise where the data says Django
// raises too), and with ORMLAB_DJANGO set, Django 5.2 must print, query
// and raise exactly what the lab does.
func TestSeedExamples(t *testing.T) {
	scripts := seedScripts(t)
	for _, s := range scripts {
		t.Run(s.name, func(t *testing.T) {
			if s.gap != "" {
				t.Skipf("the lab cannot run this yet: %s", s.gap)
			}
			got := Run(RunOptions{Script: s.src})
			switch {
			case s.fails == "" && got.Error != nil:
				t.Errorf("raised %s: %s (line %d)\n%s", got.Error.Type, got.Error.Message, got.Error.Line, numbered(s.src))
			case s.fails != "" && got.Error == nil:
				t.Errorf("ran, but the data says Django cannot: %s", s.fails)
			}
		})
	}
	if os.Getenv("ORMLAB_DJANGO") != "" {
		compareSeedsWithDjango(t, scripts)
	}
}

// compareSeedsWithDjango runs the adapted examples under Django 5.2 and
// requires the lab's output, error and SQL to be the same.
func compareSeedsWithDjango(t *testing.T, scripts []seedScript) {
	python := djangoPython(t)
	dir := t.TempDir()
	args := []string{"../testdata/django/run.py", "--db", writeSampleDB(t)}
	for _, s := range scripts {
		path := filepath.Join(dir, s.name+".py")
		if err := os.WriteFile(path, []byte(s.src), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	out, err := exec.Command(python, args...).Output()
	if err != nil {
		t.Fatalf("run.py: %v\n%s", err, stderrOf(err))
	}
	results := parseDjango(t, out)
	if len(results) != len(scripts) {
		t.Errorf("Django ran %d of %d seed examples", len(results), len(scripts))
	}
	gaps := map[string]string{}
	for _, s := range scripts {
		gaps[s.name] = s.gap
	}
	for _, res := range results {
		name := strings.TrimSuffix(filepath.Base(res.Script), ".py")
		if gaps[name] != "" {
			continue
		}
		t.Run("django/"+name, func(t *testing.T) {
			for _, d := range djangoDiffs(t, withoutOracleFiles(res)) {
				t.Error(d)
			}
		})
	}
}

// oracleFile is the end of a message that names a file on the oracle's
// machine: CPython's SyntaxError says "(name.py, line 4)" and its
// ImportError "(/usr/lib/.../__init__.py)". The lab's messages stop
// before it, having no such file.
var oracleFile = regexp.MustCompile(` \((/[^()]*|[^()/]*\.py, line \d+)\)$`)

// withoutOracleFiles drops that file name from Django's error message.
func withoutOracleFiles(res djangoResult) djangoResult {
	if res.Error != nil {
		e := *res.Error
		e.Message = oracleFile.ReplaceAllString(e.Message, "")
		res.Error = &e
	}
	return res
}

// seedsDir is ../shared/seeds beside the repository; ORMLAB_SEEDS may
// name another folder.
func seedsDir(t *testing.T) string {
	dir := os.Getenv("ORMLAB_SEEDS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "seeds")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no source documents at %s (the shared folder beside the repository; ORMLAB_SEEDS names another): %v", dir, err)
	}
	return dir
}

// seedScripts extracts the examples of every seed file, checks that the
// data describes exactly those, and adapts the runnable ones.
func seedScripts(t *testing.T) []seedScript {
	dir := seedsDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed files in %s: %v", dir, err)
	}
	var scripts []seedScript
	for _, f := range files {
		scripts = append(scripts, seedFileScripts(t, f)...)
	}
	return scripts
}

func seedFileScripts(t *testing.T, path string) []seedScript {
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Base(path)
	found := extractSeedExamples(string(text))
	data := loadSeedData(t, base, found)
	stem := strings.SplitN(base, "_", 2)[0]
	var out []seedScript
	runnable := 0
	for i, ex := range found {
		a := data.Examples[i]
		t.Logf("%s example %d (line %d, %d lines) %s: %s", base, ex.Index, ex.Line, len(ex.Lines), seedStatus(a), ex.Lines[0])
		if a.NotRunnable != "" {
			continue
		}
		runnable++
		src, err := adaptSeed(ex, a)
		if err != nil {
			t.Errorf("%s example %d: %v", base, ex.Index, err)
			continue
		}
		header := fmt.Sprintf("# %s example %d (line %d), adapted to the sample models\n", base, ex.Index, ex.Line)
		out = append(out, seedScript{name: fmt.Sprintf("%s_ex%02d", stem, ex.Index), src: header + src, fails: a.Fails, gap: a.LabGap})
	}
	t.Logf("%s: %d examples, %d runnable", base, len(found), runnable)
	return out
}

// loadSeedData reads testdata/seeds/<file>.json and checks it lists the
// examples the extractor found, in order; on a mismatch it prints what
// was found so the data can be brought up to date.
func loadSeedData(t *testing.T, base string, found []seedExample) seedFile {
	var data seedFile
	path := filepath.Join("..", "testdata", "seeds", strings.TrimSuffix(base, ".txt")+".json")
	b, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(b, &data)
	}
	if err == nil && !sameSeedExamples(data, found) {
		err = fmt.Errorf("%s does not list the examples found", path)
	}
	if err != nil {
		t.Fatalf("%v\nexamples found in %s:\n%s", err, base, listSeedExamples(found))
	}
	return data
}

// seedStatus says in a few words how the data runs an example.
func seedStatus(a seedAdaptation) string {
	switch {
	case a.NotRunnable != "":
		return "not runnable (" + a.NotRunnable + ")"
	case a.LabGap != "":
		return "skipped, a lab gap (" + a.LabGap + ")"
	case a.Fails != "":
		return "runs and raises as in Django (" + a.Fails + ")"
	}
	return "runs"
}

func sameSeedExamples(data seedFile, found []seedExample) bool {
	if len(data.Examples) != len(found) {
		return false
	}
	for i, ex := range found {
		if a := data.Examples[i]; a.Index != ex.Index || a.Starts != ex.Lines[0] {
			return false
		}
	}
	return true
}

func listSeedExamples(found []seedExample) string {
	var b strings.Builder
	for _, ex := range found {
		fmt.Fprintf(&b, "  %d (line %d, %d lines): %s\n", ex.Index, ex.Line, len(ex.Lines), ex.Lines[0])
	}
	return b.String()
}

// adaptSeed applies a's name substitutions (and indentation) to the
// example's lines and wraps them in a's prelude and epilogue.
func adaptSeed(ex seedExample, a seedAdaptation) (string, error) {
	if a.Indent != nil && len(a.Indent) != len(ex.Lines) {
		return "", fmt.Errorf("indent lists %d lines, the example has %d", len(a.Indent), len(ex.Lines))
	}
	var b strings.Builder
	for _, l := range a.Prelude {
		b.WriteString(l + "\n")
	}
	for i, l := range ex.Lines {
		if a.Indent != nil {
			l = strings.Repeat("    ", a.Indent[i]) + l
		}
		b.WriteString(renameSeed(l, a.Names) + "\n")
	}
	for _, l := range a.Epilogue {
		b.WriteString(l + "\n")
	}
	return b.String(), nil
}

// seedWord matches an identifier, or a word inside a string literal.
var seedWord = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// renameSeed replaces whole words only (`title` but not `subtitle`), all
// at once, so that one substitution's result is never renamed again. A
// lookup path is renamed part by part: with view_count renamed to pages,
// view_count__gte becomes pages__gte.
func renameSeed(line string, names [][2]string) string {
	to := map[string]string{}
	for _, n := range names {
		to[n[0]] = n[1]
	}
	return seedWord.ReplaceAllStringFunc(line, func(w string) string {
		if r, ok := to[w]; ok {
			return r
		}
		parts := strings.Split(w, "__")
		for i, p := range parts {
			if r, ok := to[p]; ok && p != "" {
				parts[i] = r
			}
		}
		return strings.Join(parts, "__")
	})
}

func numbered(src string) string {
	var b strings.Builder
	for i, l := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		fmt.Fprintf(&b, "%3d  %s\n", i+1, l)
	}
	return b.String()
}
