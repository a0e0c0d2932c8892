// Package engine is ORM Lab's public face: run a script, compare two, sweep
// scales. The CLI, the wasm bridge and the tests all call these functions
// and nothing below them.
package engine

import (
	"ormlab/engine/limits"
	"ormlab/engine/report"
)

// Limits stop runaway scripts; zero fields take limits.Default.
type Limits = limits.Limits

// RunOptions is the input of Run.
type RunOptions struct {
	Script string
	// Filename names the script in errors; "script.py" when empty.
	Filename string
	// Scale is the sample-data scale; 1 when zero.
	Scale  int
	Limits Limits
}

// CompareOptions is the input of Compare.
type CompareOptions struct {
	Naive, Optimized string
	Scale            int
	Limits           Limits
}

// CompareResult holds both reports and whether the outputs are identical.
type CompareResult struct {
	Naive      *report.Report `json:"naive"`
	Optimized  *report.Report `json:"optimized"`
	SameOutput bool           `json:"same_output"`
}

// Compare runs two scripts, each on a fresh copy of the database.
func Compare(opts CompareOptions) *CompareResult {
	n := Run(RunOptions{Script: opts.Naive, Filename: "naive.py", Scale: opts.Scale, Limits: opts.Limits})
	o := Run(RunOptions{Script: opts.Optimized, Filename: "optimized.py", Scale: opts.Scale, Limits: opts.Limits})
	return &CompareResult{Naive: n, Optimized: o, SameOutput: n.Output == o.Output && n.Error == nil && o.Error == nil}
}
