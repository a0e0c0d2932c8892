package report

import "ormlab/engine/db"

// Report is everything one run of a script produced: what it printed, how it
// ended, every statement it sent and what the lab concludes from them. It is
// the JSON the CLI prints and the browser receives.
type Report struct {
	Output   string         `json:"output"`
	Error    *Error         `json:"error"`
	Queries  []db.Statement `json:"queries"`
	Groups   []Group        `json:"groups"`
	Findings []Finding      `json:"findings"`
	// Usage is what the ORM saw the script read of each query's rows.
	Usage []Usage `json:"usage"`
	Plans []Plan  `json:"plans"`
	Stats Stats   `json:"stats"`
}

// Error is how a run ended when the script raised or hit a limit.
type Error struct {
	// Type is the Python exception name: "DoesNotExist", "FieldError",
	// "SyntaxError", "LimitExceeded", ...
	Type string `json:"type"`
	// Message is the text after the colon.
	Message string `json:"message"`
	// Line is the 1-based script line, 0 when unknown.
	Line int `json:"line"`
}

// Group kinds, as Django Debug Toolbar defines them: similar queries share
// a template; duplicates share a template and its parameters.
const (
	GroupSimilar   = "similar"
	GroupDuplicate = "duplicate"
)

// Group is a set of two or more statements that are similar or duplicates.
type Group struct {
	Kind string `json:"kind"`
	// Template is the shared statement text with placeholders (for raw SQL
	// with inline literals, its pg_query normalization).
	Template string `json:"template"`
	// Fingerprint is the pg_query fingerprint of a group of raw SQL
	// statements; ORM groups, keyed by their template, have none.
	Fingerprint string `json:"fingerprint,omitempty"`
	// Queries are the Statement indexes in the group, in run order.
	Queries []int `json:"queries"`
	// Lines are the distinct script lines that sent them, ascending.
	Lines []int `json:"lines"`
	// TimeMS is the total time of the group's statements.
	TimeMS float64 `json:"time_ms"`
}

// Finding kinds.
const (
	// FindingNPlusOne is a related object or set loaded once per instance.
	FindingNPlusOne = "n_plus_one"
	// FindingDeferredField is a field left out by only()/defer() and then
	// read on every instance, one query each.
	FindingDeferredField = "deferred_field"
	// FindingUnusedEager is a select_related or prefetch_related load
	// whose objects the script never read.
	FindingUnusedEager = "unused_eager_load"
	// FindingUnreadColumns is a query fetching columns the script never
	// read (over-fetching).
	FindingUnreadColumns = "unread_columns"
	// FindingDuplicate is the same query sent again because a QuerySet
	// was evaluated anew instead of reusing its results.
	FindingDuplicate = "duplicate_query"
)

// Finding is one problem the lab found in the run, with its fix.
type Finding struct {
	Kind string `json:"kind"`
	// Message is one sentence a learner can act on.
	Message string `json:"message"`
	// Line is the script line where the repeated access happens.
	Line int `json:"line"`
	// Model and Relation name what was accessed ("Book", "author").
	Model    string `json:"model,omitempty"`
	Relation string `json:"relation,omitempty"`
	// Fix is the code that removes the problem: `select_related("author")`.
	Fix string `json:"fix,omitempty"`
	// Origin is the statement that loaded the instances; Queries are the
	// statements the finding is about.
	Origin  int   `json:"origin"`
	Queries []int `json:"queries"`
}

// Plan is SQLite's EXPLAIN QUERY PLAN for one distinct template.
type Plan struct {
	Template string `json:"template"`
	// SQL is the first statement of the template, the one explained.
	SQL string `json:"sql"`
	// Queries are the statements sharing this template.
	Queries []int `json:"queries"`
	// Nodes are the plan rows in SQLite's order.
	Nodes []db.PlanRow `json:"nodes"`
	// Text is the plan drawn as a tree, as the sqlite3 shell draws it.
	Text string `json:"text"`
	// Error is set when the statement could not be explained.
	Error string `json:"error,omitempty"`
}

// Stats sums up a run.
type Stats struct {
	Queries   int     `json:"queries"`
	SQLTimeMS float64 `json:"sql_time_ms"`
	WallMS    float64 `json:"wall_ms"`
	Steps     uint64  `json:"steps"`
	Scale     int     `json:"scale"`
}
