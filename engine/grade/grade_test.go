package grade_test

import (
	"testing"

	"ormlab/engine/db"
	"ormlab/engine/grade"
	"ormlab/engine/report"
)

// run is a report with n queries, each stepping scans rows in full scans
// and returning rows rows.
func run(output string, n, scans, rows int, err *report.Error) *report.Report {
	r := &report.Report{Output: output, Error: err}
	for range n {
		r.Queries = append(r.Queries, db.Statement{Rows: rows, Counters: db.Counters{FullScanSteps: scans}})
	}
	return r
}

// rules are the given limits and expected output.
func rules(budget, scans, rows int, raises, expected string) grade.Rules {
	b := grade.Rules{Budget: budget, Scans: scans, Rows: rows, Raises: raises, Expected: expected}
	if expected != "" {
		b.ExpectedLine = 10
	}
	return b
}

func TestCheck(t *testing.T) {
	none := grade.NoLimit
	fieldError := &report.Error{Type: "FieldError", Message: "Cannot resolve keyword 'x' into field.\nChoices are: id", Line: 3}
	tests := []struct {
		name   string
		rules  grade.Rules
		report *report.Report
		pass   bool
		reason string
	}{
		{"within budget", rules(2, none, none, "", "a\nb\n"), run("a\nb\n", 2, 0, 1, nil), true, "2 queries (budget 2), output matches"},
		{"over budget", rules(2, none, none, "", ""), run("", 5, 0, 1, nil), false, "over budget by 3 queries (5 sent, budget 2)"},
		{"over by one", rules(0, none, none, "", ""), run("", 1, 0, 1, nil), false, "over budget by 1 query (1 sent, budget 0)"},
		{"output differs", rules(9, none, none, "", "a\nb\nc\nd\n"), run("a\nb\nc\nx\n", 1, 0, 1, nil), false, `output differs at line 4: expected "d", got "x"`},
		{"output shorter", rules(9, none, none, "", "a\nb\n"), run("a\n", 1, 0, 1, nil), false, `output differs at line 2: expected "b", got the end of the output`},
		{"output longer", rules(9, none, none, "", "a\n"), run("a\nextra\n", 1, 0, 1, nil), false, `output differs at line 2: expected the end of the output, got "extra"`},
		{"final newline ignored", rules(9, none, none, "", "a\n"), run("a", 1, 0, 1, nil), true, "1 query (budget 9), output matches"},
		{"raised", rules(9, none, none, "", ""), run("", 0, 0, 0, fieldError), false, "raised FieldError on line 3: Cannot resolve keyword 'x' into field."},
		{"raised as expected", rules(none, none, none, "FieldError", ""), run("", 0, 0, 0, fieldError), true, "0 queries, raised FieldError as expected"},
		{"raised something else", rules(none, none, none, "ValueError", ""), run("", 0, 0, 0, fieldError), false, "expected ValueError, but raised FieldError on line 3: Cannot resolve keyword 'x' into field."},
		{"did not raise", rules(none, none, none, "ValueError", ""), run("", 0, 0, 0, nil), false, "expected ValueError to be raised, but the code ran to the end"},
		{"over scans", rules(2, 0, none, "", ""), run("", 1, 1999, 1, nil), false, "over the scan budget by 1999 rows (1999 full-scan steps, budget 0); look at the plan for a SCAN"},
		{"within scans", rules(2, 0, none, "", ""), run("", 2, 0, 1, nil), true, "2 queries (budget 2), 0 full-scan steps (budget 0)"},
		{"over rows", rules(1, none, 1, "", ""), run("", 1, 0, 1167, nil), false, "over the row budget by 1166 (1167 rows fetched, budget 1); let the database count or check instead of fetching"},
		{"within rows", rules(1, none, 1, "", ""), run("", 1, 0, 1, nil), true, "1 query (budget 1), 1 row (budget 1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := grade.Check(tt.rules, tt.report)
			if v.Pass != tt.pass || v.Reason != tt.reason {
				t.Errorf("got %v %q, want %v %q", v.Pass, v.Reason, tt.pass, tt.reason)
			}
		})
	}
}
