package main

import (
	"encoding/json"

	"ormlab/engine"
	"ormlab/engine/grade"
	"ormlab/engine/report"
	"ormlab/wasm/bridge"
)

// exerciseResult is a graded attempt: the run's report and the verdict
// grade.Check gives it against the block's rules.
type exerciseResult struct {
	Report  *report.Report `json:"report"`
	Verdict grade.Verdict  `json:"verdict"`
}

// opExercise runs an attempt at a lesson block and grades it: request
// fields rules (the block as the lesson's JSON gives it: budget, scans,
// rows, raises, expected, expected_line), code, scale and limits. The
// rules come with the request, so an attempt is graded by the lesson the
// learner is reading, whichever folder it was served from. A limit the
// rules leave out is no limit.
func opExercise(req bridge.Request) (any, error) {
	if len(req.Rules) == 0 || string(req.Rules) == "null" {
		return nil, &bridge.Error{Type: "BadRequest", Message: "exercise needs the block's rules in the rules field"}
	}
	rules := grade.None
	if err := json.Unmarshal(req.Rules, &rules); err != nil {
		return nil, &bridge.Error{Type: "BadRequest", Message: "the block's rules are not valid: " + err.Error()}
	}
	r := engine.Run(engine.RunOptions{Script: req.Code, Filename: "exercise.py", Scale: req.Scale, Limits: req.Limits})
	return exerciseResult{Report: r, Verdict: grade.Check(rules, r)}, nil
}
