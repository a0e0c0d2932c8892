package main

import (
	"fmt"
	"io"
	"path/filepath"

	"ormlab/engine"
	"ormlab/engine/report"
)

func init() {
	commands["run"] = command{"run a script and print its output and query report", runCmd}
	commands["compare"] = command{"run a naive and an optimized script and compare them", compareCmd}
}

// runCmd is `ormlab run [--scale N] [--json] SCRIPT.py`.
func runCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("run", stderr)
	scale := scaleFlag(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if !parse(fs, args, 1, "[--scale N] [--json] SCRIPT.py", stderr) {
		return 2
	}
	src, ok := readScript(fs.Arg(0), stderr)
	if !ok {
		return 2
	}
	r := engine.Run(engine.RunOptions{Script: src, Filename: filepath.Base(fs.Arg(0)), Scale: *scale})
	if *asJSON {
		writeJSON(stdout, r)
	} else {
		report.WriteText(stdout, r)
	}
	return status(r)
}

// status is 0 when the script ran, 1 when it raised.
func status(reports ...*report.Report) int {
	for _, r := range reports {
		if r.Error != nil {
			return 1
		}
	}
	return 0
}

// compareCmd is `ormlab compare [--scale N] [--json] NAIVE.py OPTIMIZED.py`.
func compareCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("compare", stderr)
	scale := scaleFlag(fs)
	asJSON := fs.Bool("json", false, "print both reports as JSON")
	if !parse(fs, args, 2, "[--scale N] [--json] NAIVE.py OPTIMIZED.py", stderr) {
		return 2
	}
	naive, ok1 := readScript(fs.Arg(0), stderr)
	optimized, ok2 := readScript(fs.Arg(1), stderr)
	if !ok1 || !ok2 {
		return 2
	}
	res := engine.Compare(engine.CompareOptions{Naive: naive, Optimized: optimized, Scale: *scale})
	if *asJSON {
		writeJSON(stdout, res)
		return status(res.Naive, res.Optimized)
	}
	fmt.Fprintf(stdout, "=== naive: %s ===\n", fs.Arg(0))
	report.WriteText(stdout, res.Naive)
	fmt.Fprintf(stdout, "\n=== optimized: %s ===\n", fs.Arg(1))
	report.WriteText(stdout, res.Optimized)
	fmt.Fprintf(stdout, "\nqueries: %d naive, %d optimized\nsame_output: %v\n", len(res.Naive.Queries), len(res.Optimized.Queries), res.SameOutput)
	return status(res.Naive, res.Optimized)
}
