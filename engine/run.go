package engine

import (
	"cmp"
	"time"

	"go.starlark.net/starlark"

	"ormlab/engine/clock"
	"ormlab/engine/db"
	"ormlab/engine/orm"
	"ormlab/engine/report"
	"ormlab/engine/script"
)

// Default limits: generous for any lesson at scale 10, small enough that a
// runaway script ends within a second even under wasm. Output and wall
// time left at zero take the script runtime's defaults (script.Default*).
const (
	DefaultMaxSteps   = 5_000_000
	DefaultMaxQueries = 20_000
)

// Default limits on what the run's SQL may use inside SQLite: VM steps
// across all statements (a script reading every comment, annotating every
// author and walking 200 authors' books at scale 50 takes 1.1 million;
// SQLite runs 30 to 60 million a second natively, so the limit ends an
// endless statement within the wall-time limit), bytes of result rows
// per statement and per run, and SQLite's own heap, which holds the
// database (76 MB at scale 50).
const (
	DefaultMaxVMSteps       = 100_000_000
	DefaultMaxStatementRows = 64 << 20
	DefaultMaxRunRows       = 256 << 20
	DefaultMaxSQLiteHeap    = 192 << 20
)

func (l Limits) withDefaults() Limits {
	if l.MaxSteps == 0 {
		l.MaxSteps = DefaultMaxSteps
	}
	if l.MaxQueries == 0 {
		l.MaxQueries = DefaultMaxQueries
	}
	return l
}

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
	limits := opts.Limits.withDefaults()
	d.SetMaxQueries(limits.MaxQueries)
	d.SetMaxVMSteps(DefaultMaxVMSteps)
	d.SetMaxRowBytes(DefaultMaxStatementRows, DefaultMaxRunRows)
	d.SetMaxHeap(DefaultMaxSQLiteHeap)
	sess := orm.NewSession(d)
	res := script.Run(opts.Script, script.Options{
		Filename:  opts.Filename,
		Globals:   Globals(sess),
		MaxSteps:  limits.MaxSteps,
		MaxOutput: limits.MaxOutput,
		Timeout:   limits.Timeout,
		Setup: func(th *starlark.Thread) {
			d.SetTimeout(cmp.Or(limits.Timeout, script.DefaultTimeout))
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
