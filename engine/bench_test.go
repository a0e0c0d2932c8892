package engine

import (
	"testing"

	"ormlab/engine/db"
)

const (
	pkLookupScript = `a = Author.objects.get(pk=7)`
	nPlusOneScript = "for book in Book.objects.all():\n    print(book.title, book.author.name)\n"
	// pythonLoopScript is plain Python with no query: loops, arithmetic,
	// calls, a list and a dict, the interpreter's own speed.
	pythonLoopScript = `def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

total = 0
squares = []
counts = {}
for i in range(3000):
    if i % 3 == 0:
        total += i * 2
    else:
        total -= 1
    squares.append(i * i)
    key = i % 7
    counts[key] = counts.get(key, 0) + 1
print(total, len(squares), counts[3], fib(14))
`
)

// BenchmarkRunPKLookup is a whole run of a one-lookup script: a fresh
// database, the script runtime, the ORM and the report.
func BenchmarkRunPKLookup(b *testing.B) {
	for b.Loop() {
		if r := Run(RunOptions{Script: pkLookupScript}); r.Error != nil {
			b.Fatal(r.Error.Message)
		}
	}
}

// BenchmarkRunNPlusOne is the 201-query N+1 script at scale 1.
func BenchmarkRunNPlusOne(b *testing.B) {
	for b.Loop() {
		if r := Run(RunOptions{Script: nPlusOneScript}); len(r.Queries) != 201 {
			b.Fatalf("%d queries", len(r.Queries))
		}
	}
}

// BenchmarkRunPythonLoop is a whole run of a script that only computes:
// the interpreter without the database.
func BenchmarkRunPythonLoop(b *testing.B) {
	for b.Loop() {
		if r := Run(RunOptions{Script: pythonLoopScript}); r.Error != nil || r.Output != "2995000 3000 429 377\n" {
			b.Fatalf("%q %v", r.Output, r.Error)
		}
	}
}

// BenchmarkORMPKLookup measures one Author.objects.get(pk=...) through
// the ORM on an open database: compile, execute, record, build the
// instance. Compare with BenchmarkRawPKLookup in engine/db.
func BenchmarkORMPKLookup(b *testing.B) {
	d, err := db.Open(1)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	get := ormLookup(b, d)
	for b.Loop() {
		get()
	}
}
