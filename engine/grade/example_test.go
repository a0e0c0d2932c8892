package grade_test

import (
	"fmt"

	"ormlab/engine/db"
	"ormlab/engine/grade"
	"ormlab/engine/report"
)

// Check names the first rule a run breaks, or sums up what it achieved.
func ExampleCheck() {
	rules := grade.Rules{Budget: 1, Scans: grade.NoLimit, Rows: grade.NoLimit}
	fmt.Println(grade.Check(rules, &report.Report{Queries: make([]db.Statement, 201)}))
	fmt.Println(grade.Check(rules, &report.Report{Queries: make([]db.Statement, 1)}))
	// Output:
	// {false over budget by 200 queries (201 sent, budget 1)}
	// {true 1 query (budget 1)}
}
