package syntax

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMutants breaks the corpus's snippets at random (a token deleted,
// added or changed) and compares Parse's verdict with CPython's on each.
// It runs with PARSE_MUTANTS=n (n mutants), to explore; the mistakes it
// finds become snippets in testdata/errors, and PARSE_MUTANTS_KEEP=file
// writes the broken mutants Parse agrees on there
// (testdata/errors/mutants.py was made so, with n=2000).
func TestMutants(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("PARSE_MUTANTS"))
	if n == 0 {
		t.Skip("set PARSE_MUTANTS to the number of mutants")
	}
	seeds := readSnippets(t, "testdata/corpus/*.py")
	r := rand.New(rand.NewSource(int64(n)))
	var cases []pyCase
	for i := 0; i < n; i++ {
		s := seeds[r.Intn(len(seeds))].Src
		cases = append(cases, pyCase{Name: "m" + strconv.Itoa(i), Src: mutate(r, s)})
	}
	want := askCPython(t, cases)
	bad := map[string][]string{}
	var keep []string
	for _, c := range cases {
		w := want[c.Name]
		got := verdict(c.Src)
		exp := "ok"
		if w.Error != nil {
			exp = fmt.Sprintf("%s %q %d:%d", w.Error.Type, w.Error.Msg, w.Error.Line, w.Error.Offset)
		}
		if got == exp && w.Error != nil && !strings.Contains(c.Src, snippetSep) && strings.HasSuffix(c.Src, "\n") {
			keep = append(keep, c.Src)
		}
		if got != exp {
			key := exp
			if i := strings.IndexByte(key, '"'); i >= 0 {
				key = key[:strings.LastIndexByte(key, '"')+1]
			}
			bad[key] = append(bad[key], fmt.Sprintf("%q\n\tgot  %s\n\twant %s", c.Src, got, exp))
		}
	}
	keys := make([]string, 0, len(bad))
	for k := range bad {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(bad[keys[i]]) > len(bad[keys[j]]) })
	total, limit := 0, 4
	if testing.Verbose() {
		limit = 1 << 20
	}
	for _, k := range keys {
		total += len(bad[k])
		t.Logf("%d× %s\n%s", len(bad[k]), k, strings.Join(bad[k][:min(len(bad[k]), limit)], "\n"))
	}
	t.Logf("%d of %d mutants differ", total, n)
	if file := os.Getenv("PARSE_MUTANTS_KEEP"); file != "" {
		// The mutants Parse already reads as CPython does, kept as a
		// corpus of errors to compare on every run.
		if err := os.WriteFile(file, []byte(strings.Join(keep, snippetSep+"\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// verdict is "ok" or the error Parse returns, as TestMutants prints them.
func verdict(src string) string {
	_, err := Parse("<case>", src)
	var e *Error
	if !errors.As(err, &e) {
		return "ok"
	}
	return fmt.Sprintf("%s %q %d:%d", e.Type, e.Msg, e.Line, e.Offset)
}

// pieces a mutant may gain.
var mutantPieces = []string{"(", ")", "[", "]", "{", "}", ":", ",", "=", ".", "*", "'", "\"",
	"if ", "else ", "for ", "in ", "x", "1", " ", "\n", "\n    ", "def ", "lambda ", "==", "f'{", "}", "\\", "#", "pass", "return "}

// mutate changes src once or twice at random.
func mutate(r *rand.Rand, src string) string {
	for k := r.Intn(2) + 1; k > 0; k-- {
		if len(src) == 0 {
			return src
		}
		i := r.Intn(len(src))
		for i > 0 && !utf8.RuneStart(src[i]) {
			i--
		}
		switch r.Intn(3) {
		case 0:
			j := min(i+1+r.Intn(3), len(src))
			for j < len(src) && !utf8.RuneStart(src[j]) {
				j++
			}
			src = src[:i] + src[j:]
		case 1:
			src = src[:i] + mutantPieces[r.Intn(len(mutantPieces))] + src[i:]
		case 2:
			_, n := utf8.DecodeRuneInString(src[i:])
			src = src[:i] + mutantPieces[r.Intn(len(mutantPieces))] + src[i+n:]
		}
	}
	return src
}
