package main

import (
	"encoding/json"
	"strings"

	"ormlab/engine"
	"ormlab/engine/report"
	"ormlab/wasm/bridge"
)

// opRun runs one script: request fields code, scale, limits.
func opRun(req bridge.Request) (any, error) {
	return engine.Run(engine.RunOptions{Script: req.Code, Scale: req.Scale, Limits: req.Limits}), nil
}

// opCompare runs two scripts: naive, optimized, scale, limits.
func opCompare(req bridge.Request) (any, error) {
	return engine.Compare(engine.CompareOptions{
		Naive: req.Naive, Optimized: req.Optimized, Scale: req.Scale, Limits: req.Limits,
	}), nil
}

// opSweep compares two scripts at several scales: naive, optimized,
// scales (engine.DefaultScales when empty), limits.
func opSweep(req bridge.Request) (any, error) {
	return engine.Sweep(engine.SweepOptions{
		Naive: req.Naive, Optimized: req.Optimized, Scales: req.Scales, Limits: req.Limits,
	}), nil
}

// opExplain returns SQLite's plan for one SQL statement (field sql) on
// the sample data at the given scale. It sends the statement through the
// script's raw cursor, so the plan is the one a run would show.
func opExplain(req bridge.Request) (any, error) {
	sql := strings.TrimSpace(req.SQL)
	if sql == "" {
		return nil, &bridge.Error{Type: "BadRequest", Message: "explain needs an SQL statement in the sql field"}
	}
	rep := engine.Run(engine.RunOptions{
		Script:   "connection.cursor().execute(" + pythonString(sql) + ")\n",
		Filename: "explain.py", Scale: req.Scale, Limits: req.Limits,
	})
	if rep.Error != nil {
		return nil, &bridge.Error{Type: rep.Error.Type, Message: rep.Error.Message}
	}
	return firstPlan(rep)
}

func firstPlan(rep *report.Report) (*report.Plan, error) {
	if len(rep.Plans) == 0 {
		return nil, &bridge.Error{Type: "NoPlan", Message: "SQLite gave no plan for this statement"}
	}
	return &rep.Plans[0], nil
}

// pythonString quotes s as a string literal the script language reads
// back as s: JSON's escapes are a subset of Python's.
func pythonString(s string) string {
	out, _ := json.Marshal(s)
	return string(out)
}
