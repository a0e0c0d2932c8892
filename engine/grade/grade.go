// Package grade judges a run against the rules of a lesson's runnable
// block: how many queries it may send, how many rows it may scan or fetch,
// what it must raise and what it must print. The lab uses it to grade a
// learner's attempt at an exercise, and `ormlab check` to prove each
// lesson's blocks do what their prose claims.
//
// It is separate from package lesson, which reads the Markdown, so that
// the engine can grade without linking a Markdown parser and the lessons
// program without linking the engine: the rules travel with the request
// as a lesson block's JSON, whose keys Rules shares (NoLimit is
// lesson.NoBudget).
package grade

import (
	"fmt"
	"strings"

	"ormlab/engine/report"
)

// NoLimit is Rules.Budget, Rules.Scans or Rules.Rows when the block has
// no such limit.
const NoLimit = -1

// Rules are what a run of a block's code must do: the fields of
// lesson.Block of the same names, with the same JSON keys.
type Rules struct {
	// Budget is the most queries the block may send, or NoLimit.
	Budget int `json:"budget"`
	// Scans is the most full-table-scan steps its queries may take, or
	// NoLimit.
	Scans int `json:"scans"`
	// Rows is the most rows its queries may return in all, or NoLimit.
	Rows int `json:"rows"`
	// Raises is the exception type the code is meant to raise.
	Raises string `json:"raises,omitempty"`
	// Expected is the output the code must print; it is only checked
	// when ExpectedLine is not 0 (the line of the lesson's {output} fence).
	Expected     string `json:"expected,omitempty"`
	ExpectedLine int    `json:"expected_line,omitempty"`
}

// None is rules with no limits: a run passes them when it ends without
// an exception.
var None = Rules{Budget: NoLimit, Scans: NoLimit, Rows: NoLimit}

// Verdict is whether a run of a block's code does what the block asks.
type Verdict struct {
	Pass bool `json:"pass"`
	// Reason is one sentence: why it failed, or what it achieved.
	Reason string `json:"reason"`
}

// Check judges r, the report of running an attempt at a block with the
// rules b (a learner's edit of an exercise, its solution, or any block):
// it must raise exactly what b.Raises names (nothing by default), send at
// most b.Budget queries, take at most b.Scans full-scan steps, fetch at
// most b.Rows rows, and print b.Expected when the block has an {output}
// block. The first rule broken is the reason.
func Check(b Rules, r *report.Report) Verdict {
	for _, rule := range []func(Rules, *report.Report) string{checkRaise, checkBudget, checkScans, checkRows, checkOutput} {
		if reason := rule(b, r); reason != "" {
			return Verdict{Pass: false, Reason: reason}
		}
	}
	return Verdict{Pass: true, Reason: achieved(b, r)}
}

func checkRaise(b Rules, r *report.Report) string {
	e := r.Error
	switch {
	case e == nil && b.Raises != "":
		return fmt.Sprintf("expected %s to be raised, but the code ran to the end", b.Raises)
	case e == nil || e.Type == b.Raises:
		return ""
	case b.Raises != "":
		return fmt.Sprintf("expected %s, but %s", b.Raises, raised(e))
	}
	return raised(e)
}

// raised describes an error as "raised FieldError on line 3: ...".
func raised(e *report.Error) string {
	where := ""
	if e.Line > 0 {
		where = fmt.Sprintf(" on line %d", e.Line)
	}
	return fmt.Sprintf("raised %s%s: %s", e.Type, where, firstLine(e.Message))
}

func checkBudget(b Rules, r *report.Report) string {
	n := len(r.Queries)
	if b.Budget == NoLimit || n <= b.Budget {
		return ""
	}
	return fmt.Sprintf("over budget by %s (%d sent, budget %d)", plural(n-b.Budget, "query", "queries"), n, b.Budget)
}

func checkScans(b Rules, r *report.Report) string {
	n := Scans(r)
	if b.Scans == NoLimit || n <= b.Scans {
		return ""
	}
	return fmt.Sprintf("over the scan budget by %d rows (%d full-scan steps, budget %d); look at the plan for a SCAN", n-b.Scans, n, b.Scans)
}

func checkRows(b Rules, r *report.Report) string {
	n := Rows(r)
	if b.Rows == NoLimit || n <= b.Rows {
		return ""
	}
	return fmt.Sprintf("over the row budget by %d (%d rows fetched, budget %d); let the database count or check instead of fetching", n-b.Rows, n, b.Rows)
}

// Rows is the number of rows all of r's queries returned.
func Rows(r *report.Report) int {
	n := 0
	for _, q := range r.Queries {
		n += q.Rows
	}
	return n
}

// Scans is the number of full-table-scan steps SQLite took over all of
// r's queries.
func Scans(r *report.Report) int {
	n := 0
	for _, q := range r.Queries {
		n += q.Counters.FullScanSteps
	}
	return n
}

func checkOutput(b Rules, r *report.Report) string {
	if b.ExpectedLine == 0 {
		return ""
	}
	want, got := outputLines(b.Expected), outputLines(r.Output)
	for i := 0; i < max(len(want), len(got)); i++ {
		if i >= len(want) || i >= len(got) || want[i] != got[i] {
			return fmt.Sprintf("output differs at line %d: expected %s, got %s", i+1, lineOrEnd(want, i), lineOrEnd(got, i))
		}
	}
	return ""
}

// outputLines splits printed output into lines, ignoring the final newline.
func outputLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// lineOrEnd quotes lines[i], or says the output ended before it.
func lineOrEnd(lines []string, i int) string {
	if i >= len(lines) {
		return "the end of the output"
	}
	s := lines[i]
	if len(s) > 120 {
		s = s[:117] + "..."
	}
	return fmt.Sprintf("%q", s)
}

// achieved is the reason of a pass.
func achieved(b Rules, r *report.Report) string {
	parts := []string{plural(len(r.Queries), "query", "queries")}
	if b.Budget != NoLimit {
		parts[0] += fmt.Sprintf(" (budget %d)", b.Budget)
	}
	if b.Scans != NoLimit {
		parts = append(parts, fmt.Sprintf("%d full-scan steps (budget %d)", Scans(r), b.Scans))
	}
	if b.Rows != NoLimit {
		parts = append(parts, fmt.Sprintf("%s (budget %d)", plural(Rows(r), "row", "rows"), b.Rows))
	}
	if b.Raises != "" {
		parts = append(parts, "raised "+b.Raises+" as expected")
	}
	if b.ExpectedLine != 0 {
		parts = append(parts, "output matches")
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
