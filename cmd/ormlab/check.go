package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"ormlab/engine"
	"ormlab/engine/grade"
	"ormlab/engine/lesson"
	"ormlab/engine/limits"
	"ormlab/engine/report"
)

func init() {
	commands["check"] = command{"run every block of every lesson and check budgets and outputs", checkCmd}
}

// checkCmd is `ormlab check [--update] [DIR]`: it runs every runnable
// block of every lesson in DIR ("lessons" by default) and fails when a
// lesson would mislead a learner. See lessons/README.md for the rules.
func checkCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	update := fs.Bool("update", false, "rewrite each {output} block with what its block (or solution) prints")
	if !parseBetween(fs, args, 0, 1, "[--update] [DIR]", stderr) {
		return 2
	}
	dir := "lessons"
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	return checkDir(dir, *update, stdout, stderr)
}

// checkDir checks every lesson in dir, printing one line per lesson that
// passes and one per problem, and returns the exit status.
func checkDir(dir string, update bool, stdout, stderr io.Writer) int {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		fmt.Fprintf(stderr, "ormlab check: %s is not a directory of lessons\n", dir)
		return 2
	}
	lessons, err := lesson.Load(os.DirFS(dir))
	status := 0
	if err != nil {
		status = 1
		printLoadErrors(dir, err, stdout)
	} else if len(lessons) == 0 {
		fmt.Fprintf(stdout, "FAIL %s: no lessons (files named NN-slug.md)\n", dir)
		return 1
	}
	for _, res := range checkAll(lessons, update) {
		if update && len(res.outputs) > 0 {
			file := filepath.Join(dir, res.lesson.File)
			if err := rewriteOutputs(file, res.outputs, stdout); err != nil {
				fmt.Fprintf(stderr, "ormlab check: %v\n", err)
				return 1
			}
		}
		if !res.print(dir, stdout) {
			status = 1
		}
	}
	return status
}

// printLoadErrors prints each problem Load found, naming the file in dir.
func printLoadErrors(dir string, err error, w io.Writer) {
	es, ok := err.(lesson.Errors)
	if !ok {
		fmt.Fprintf(w, "FAIL %s: %v\n", dir, err)
		return
	}
	for _, e := range es {
		fmt.Fprintf(w, "FAIL %s:%d: %s\n", filepath.Join(dir, e.File), e.Line, e.Msg)
	}
}

// checkAll checks the lessons on all cores, keeping their order.
func checkAll(lessons []*lesson.Lesson, update bool) []*lessonResult {
	results := make([]*lessonResult, len(lessons))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(lessons), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = checkLesson(lessons[i], update)
			}
		}()
	}
	for i := range lessons {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// lessonResult is what checking one lesson found.
type lessonResult struct {
	lesson   *lesson.Lesson
	problems []problem
	pairs    []string // "201 → 1" per naive/optimized pair
	solved   int      // exercises whose solution passes
	outputs  map[int]string
}

// problem is one failed rule, at a block (or the lesson when block is nil).
type problem struct {
	block *lesson.Block
	line  int
	what  string
	msg   string
}

// print writes the lesson's summary line or its problems; false when it
// has problems.
func (res *lessonResult) print(dir string, w io.Writer) bool {
	file := filepath.Join(dir, res.lesson.File)
	for _, p := range res.problems {
		if p.block == nil {
			fmt.Fprintf(w, "FAIL %s:%d: %s\n", file, p.line, p.msg)
			continue
		}
		fmt.Fprintf(w, "FAIL %s:%d: block %d (%s): %s\n", file, p.line, p.block.Index, p.what, p.msg)
	}
	if len(res.problems) > 0 {
		return false
	}
	fmt.Fprintf(w, "ok   %s: %d blocks; naive → optimized: %s; exercises solved: %d/%d\n",
		file, len(res.lesson.Blocks), strings.Join(res.pairs, ", "), res.solved, count(res.lesson, lesson.Exercise))
	return true
}

func count(l *lesson.Lesson, role lesson.Role) int {
	n := 0
	for _, b := range l.Blocks {
		if b.Role == role {
			n++
		}
	}
	return n
}

// checkLesson runs every block of l and applies the rules.
func checkLesson(l *lesson.Lesson, update bool) *lessonResult {
	res := &lessonResult{lesson: l, outputs: map[int]string{}}
	runs := map[*lesson.Block]*report.Report{}
	for _, b := range l.Blocks {
		runs[b] = runBlock(b.Code)
	}
	for _, b := range l.Blocks {
		if update {
			res.refresh(b, runs[b])
		}
		res.checkBlock(b, runs)
	}
	res.checkShape()
	return res
}

// blockGrace is how long past the wall-time limit check waits for a
// block before reporting it as stuck.
const blockGrace = time.Second

// runBlock runs one block's code on a fresh sample database, with the
// engine's default limits. A block still running blockGrace past the
// wall-time limit (work the engine's clock could not interrupt) is
// reported as LimitExceeded and left behind, so that a hostile lesson
// never stalls `check` or the start of `serve --lessons`: both exit when
// a block fails, which ends it.
func runBlock(code string) *report.Report {
	done := make(chan *report.Report, 1)
	go func() { done <- engine.Run(engine.RunOptions{Script: code, Filename: "block.py"}) }()
	limit := limits.Default.Timeout
	select {
	case r := <-done:
		return r
	case <-time.After(limit + blockGrace):
		return &report.Report{Error: &report.Error{Type: "LimitExceeded", Message: fmt.Sprintf(
			"the block was still running %v after it started, past the %v wall-time limit; make it do less work", limit+blockGrace, limit)}}
	}
}

// fail records a problem at a block's opening line.
func (res *lessonResult) fail(b *lesson.Block, format string, args ...any) {
	res.problems = append(res.problems, problem{block: b, line: b.Line, what: string(b.Role), msg: fmt.Sprintf(format, args...)})
}

// checkBlock applies the rules of b's role.
func (res *lessonResult) checkBlock(b *lesson.Block, runs map[*lesson.Block]*report.Report) {
	r := runs[b]
	switch b.Role {
	case lesson.Example, lesson.Optimized:
		if v := grade.Check(rules(b), r); !v.Pass {
			res.fail(b, "%s", v.Reason)
		}
	case lesson.Naive:
		res.checkPair(b, partner(res.lesson, b), r, runs)
	case lesson.Exercise:
		res.checkExercise(b, r)
	}
}

// partner is the optimized block paired with a naive one.
func partner(l *lesson.Lesson, naive *lesson.Block) *lesson.Block {
	for _, b := range l.Blocks {
		if b.Role == lesson.Optimized && b.Pair == naive.Pair {
			return b
		}
	}
	return nil
}

// checkPair checks that a naive block runs, misses its partner's budget
// and prints what the partner prints.
func (res *lessonResult) checkPair(naive, opt *lesson.Block, r *report.Report, runs map[*lesson.Block]*report.Report) {
	if v := grade.Check(rules(naive), r); !v.Pass {
		res.fail(naive, "%s", v.Reason)
		return
	}
	ro := runs[opt]
	budget := grade.Rules{Budget: opt.Budget, Scans: opt.Scans, Rows: opt.Rows}
	if v := grade.Check(budget, r); v.Pass {
		res.fail(naive, "already meets the budget of its optimized block on line %d (%s); the pair would teach nothing, so make the naive code show the problem", opt.Line, v.Reason)
	}
	if line, a, b, differ := firstDifference(r.Output, ro.Output); ro.Error == nil && differ {
		res.fail(opt, "prints other output than its naive block on line %d; at output line %d the naive block printed %s, this one %s", naive.Line, line, a, b)
	}
	res.pairs = append(res.pairs, pairCounts(r, ro, opt))
}

// firstDifference finds the first output line where a and b differ,
// quoting both (or naming the end of the output).
func firstDifference(a, b string) (line int, x, y string, differ bool) {
	as, bs := strings.Split(strings.TrimSuffix(a, "\n"), "\n"), strings.Split(strings.TrimSuffix(b, "\n"), "\n")
	for i := 0; i < max(len(as), len(bs)); i++ {
		if i >= len(as) || i >= len(bs) || as[i] != bs[i] {
			return i + 1, quoteLine(as, i), quoteLine(bs, i), true
		}
	}
	return 0, "", "", false
}

func quoteLine(lines []string, i int) string {
	if i >= len(lines) {
		return "nothing more"
	}
	return strconv.Quote(lines[i])
}

// pairCounts is "201 → 1" queries, with full-scan steps or rows when the
// pair has such a budget.
func pairCounts(naive, opt *report.Report, b *lesson.Block) string {
	s := fmt.Sprintf("%d → %d", len(naive.Queries), len(opt.Queries))
	if b.Scans != lesson.NoBudget {
		s += fmt.Sprintf(" (full-scan steps %d → %d)", grade.Scans(naive), grade.Scans(opt))
	}
	if b.Rows != lesson.NoBudget {
		s += fmt.Sprintf(" (rows %d → %d)", grade.Rows(naive), grade.Rows(opt))
	}
	return s
}

// rules are the block's rules as package grade takes them.
func rules(b *lesson.Block) grade.Rules {
	return grade.Rules{Budget: b.Budget, Scans: b.Scans, Rows: b.Rows, Raises: b.Raises, Expected: b.Expected, ExpectedLine: b.ExpectedLine}
}

// checkExercise checks that the starter code runs without solving the
// exercise, and that the solution solves it.
func (res *lessonResult) checkExercise(b *lesson.Block, starter *report.Report) {
	if v := grade.Check(grade.None, starter); !v.Pass {
		res.fail(b, "the starter code %s; it must run so the learner starts from working code", v.Reason)
	} else if v := grade.Check(rules(b), starter); v.Pass {
		res.fail(b, "the starter code already passes (%s); start from code that misses the budget or the output", v.Reason)
	}
	if b.SolutionLine == 0 {
		res.fail(b, "has no {solution} block; add ```python {solution} after its output so check can prove it is solvable")
		return
	}
	if v := grade.Check(rules(b), runBlock(b.Solution)); !v.Pass {
		res.problems = append(res.problems, problem{block: b, line: b.SolutionLine, what: "exercise solution", msg: v.Reason})
		return
	}
	res.solved++
}

// checkShape checks that the lesson ends with at least one exercise.
func (res *lessonResult) checkShape() {
	blocks := res.lesson.Blocks
	if len(blocks) == 0 || blocks[len(blocks)-1].Role != lesson.Exercise {
		res.problems = append(res.problems, problem{line: 1, msg: "the lesson must end with an exercise; add a ```python {exercise budget=N} block with its {output} and {solution} as the last runnable block"})
	}
}

// refresh records, for --update, what b's {output} block should hold.
func (res *lessonResult) refresh(b *lesson.Block, r *report.Report) {
	if b.ExpectedLine == 0 {
		return
	}
	if b.Role == lesson.Exercise {
		if b.SolutionLine == 0 {
			return
		}
		r = runBlock(b.Solution)
	}
	if r.Error == nil || r.Error.Type == b.Raises {
		res.outputs[b.ExpectedLine] = r.Output
		b.Expected = r.Output
	}
}

// rewriteOutputs replaces the content of the {output} blocks opening on
// the given lines of file, and says so when that changed the file.
func rewriteOutputs(file string, outputs map[int]string, stdout io.Writer) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	lines := strings.SplitAfter(string(src), "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		if text, ok := outputs[i+1]; ok {
			i = closingFence(lines, i)
			if text != "" && !strings.HasSuffix(text, "\n") {
				text += "\n"
			}
			out = append(out, text)
			out = append(out, lines[i])
		}
	}
	if updated := strings.Join(out, ""); updated != string(src) {
		fmt.Fprintf(stdout, "updated %s\n", file)
		return os.WriteFile(file, []byte(updated), 0o644)
	}
	return nil
}

// closingFence is the index of the line closing the fence opened on
// lines[open].
func closingFence(lines []string, open int) int {
	fence := strings.TrimSpace(lines[open])
	fence = fence[:len(fence)-len(strings.TrimLeft(fence, fence[:1]))]
	for i := open + 1; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
			return i
		}
	}
	return len(lines) - 1
}
