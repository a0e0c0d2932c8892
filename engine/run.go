package engine

import (
	"sync"
	"time"

	"go.starlark.net/starlark"

	"ormlab/engine/clock"
	"ormlab/engine/db"
	"ormlab/engine/orm"
	"ormlab/engine/report"
	"ormlab/engine/script"
)

// Run executes one script on a fresh copy of the sample database and
// returns its report. It never panics on bad input: every failure is in
// the report's Error.
func Run(opts RunOptions) (r *report.Report) {
	start := time.Now()
	r = &report.Report{Queries: []db.Statement{}, Groups: []report.Group{}, Findings: []report.Finding{}, Plans: []report.Plan{}, Usage: []report.Usage{}}
	r.Stats.Scale = max(opts.Scale, 1)
	defer func() {
		if p := recover(); p != nil {
			e := script.PanicError(p, 0)
			r.Error = &report.Error{Type: e.Type, Message: e.Message}
		}
		r.Stats.WallMS = float64(time.Since(start).Microseconds()) / 1000
	}()
	d, err := db.Open(r.Stats.Scale)
	if err != nil {
		r.Error = &report.Error{Type: "DatabaseError", Message: err.Error()}
		return r
	}
	defer d.Close()
	execute(d, opts, r)
	report.Analyze(r, d)
	return r
}

// execute runs the script against d and fills the report's output,
// error, queries and step count.
func execute(d *db.DB, opts RunOptions, r *report.Report) {
	limits := opts.Limits.WithDefaults()
	d.SetMaxQueries(limits.MaxQueries)
	d.SetMaxVMSteps(limits.MaxVMSteps)
	d.SetMaxRowBytes(limits.MaxStatementRows, limits.MaxRunRows)
	d.SetMaxHeap(limits.MaxSQLiteHeap)
	sess := orm.NewSession(d)
	res := script.Run(opts.Script, script.Options{
		Filename: opts.Filename,
		Globals:  Globals(sess),
		Limits:   limits,
		Modules:  pythonModules(),
		Setup: func(th *starlark.Thread) {
			d.SetTimeout(limits.Timeout)
			d.SetClock(clock.Bind(th).Now)
			d.SetLine(func() int { return script.CallerLine(th) })
			sess.Fail = func(err error) { script.Fail(th, err) }
		},
	})
	r.Output = res.Output
	if res.Err != nil {
		r.Error = &report.Error{Type: res.Err.Type, Message: res.Err.Message, Line: res.Err.Line}
	}
	if log := d.Log(); log != nil {
		r.Queries = log
	}
	r.Usage = sess.Usage()
	r.Stats.Steps = res.Steps
}

// pythonModules are the ORM's modules written in Python, read once.
var pythonModules = sync.OnceValue(orm.PythonModules)
