package main

import (
	"encoding/json"
	"testing"

	"ormlab/engine/grade"
	"ormlab/engine/lesson"
	"ormlab/lessons"
)

// verdictOf sends an exercise request with the given rules, as the page
// sends a lesson block, and decodes its verdict.
func verdictOf(t *testing.T, rules any, code string) grade.Verdict {
	t.Helper()
	raw, _ := json.Marshal(map[string]any{"op": "exercise", "rules": rules, "code": code})
	var resp struct {
		Kind   string
		Error  any
		Result struct {
			Report  map[string]any `json:"report"`
			Verdict grade.Verdict  `json:"verdict"`
		}
	}
	if err := json.Unmarshal(ops.Handle(raw), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Kind != "result" || resp.Result.Report == nil {
		t.Fatalf("exercise with rules %v: kind %s, error %v", rules, resp.Kind, resp.Error)
	}
	return resp.Result.Verdict
}

func TestExerciseGradesStarterAndSolution(t *testing.T) {
	list, err := lesson.Load(lessons.FS)
	if err != nil {
		t.Fatal(err)
	}
	graded := 0
	for _, l := range list {
		for _, b := range l.Blocks {
			if b.Role != lesson.Exercise || testing.Short() && graded > 0 {
				continue
			}
			graded++
			if v := verdictOf(t, b, b.Code); v.Pass || v.Reason == "" {
				t.Errorf("%s block %d: the starter got %+v, want a fail with a reason", l.Meta.Slug, b.Index, v)
			}
			if v := verdictOf(t, b, b.Solution); !v.Pass {
				t.Errorf("%s block %d: the solution failed: %s", l.Meta.Slug, b.Index, v.Reason)
			}
		}
	}
	if graded == 0 {
		t.Fatal("no exercise was graded")
	}
}

func TestExerciseRulesLeftOutAreNoLimits(t *testing.T) {
	code := "print(Author.objects.count())"
	if v := verdictOf(t, map[string]any{}, code); !v.Pass || v.Reason != "1 query" {
		t.Errorf("no rules: got %+v, want a pass with 1 query", v)
	}
	if v := verdictOf(t, map[string]any{"budget": 0}, code); v.Pass || v.Reason != "over budget by 1 query (1 sent, budget 0)" {
		t.Errorf("budget 0: got %+v", v)
	}
}

// A lesson block's JSON is the rules the exercise operation reads: the two
// types must keep the same keys and the same value for "no limit".
func TestLessonBlockJSONIsRules(t *testing.T) {
	raw, err := json.Marshal(&lesson.Block{Index: 3, Role: lesson.Exercise, Code: "print(1)", Budget: 1, Scans: 2, Rows: 3,
		Raises: "FieldError", Expected: "x\n", ExpectedLine: 9, Solution: "print(2)", SolutionLine: 12})
	if err != nil {
		t.Fatal(err)
	}
	var got grade.Rules
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	want := grade.Rules{Budget: 1, Scans: 2, Rows: 3, Raises: "FieldError", Expected: "x\n", ExpectedLine: 9}
	if got != want {
		t.Errorf("a block's JSON read as rules = %+v, want %+v", got, want)
	}
	if lesson.NoBudget != grade.NoLimit {
		t.Errorf("lesson.NoBudget = %d, grade.NoLimit = %d: a block without a budget would get one", lesson.NoBudget, grade.NoLimit)
	}
}
