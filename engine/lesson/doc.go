// Package lesson reads ORM Lab's Markdown lessons: front matter, prose
// and runnable code blocks. It is one goldmark extension (Extension) used
// by every renderer of lessons. A block's budget, scans, rows, raises and
// expected output are the rules package grade checks a run against; its
// JSON is the grade.Rules the engine's exercise operation reads.
//
// A lesson file starts with front matter between two "---" lines:
//
//	---
//	title: Seeing the SQL
//	slug: seeing-the-sql
//	order: 1
//	summary: Three ways to see what a QuerySet sends.
//	minutes: 10
//	---
//
// A fenced code block becomes runnable when its info string carries a
// role in braces after the language, with optional attributes:
//
//	```python {naive}                  the slow version of a pair
//	```python {optimized budget=1}     the fast version: at most 1 query
//	```python {example}                a standalone block that must run cleanly
//	```python {example raises=FieldError}  an example that shows an error
//	```python {exercise budget=2}      starter code a learner edits
//	```text {output}                   the output the block above must print
//	```python {solution}               the hidden solution of the exercise above
//
// budget=N is the most queries a block may send; scans=N the most rows
// SQLite may step through in full-table scans (for lessons on indexes);
// rows=N the most rows its queries may return in all (for lessons on
// over-fetching).
// An optimized block pairs with the naive block before it; both must
// print the same output, and the naive one must miss the budget that the
// optimized one meets. An {output} block belongs to the nearest runnable
// block above it and a {solution} block to the nearest exercise above it;
// neither is a block of its own in Lesson.Blocks.
//
// Raw HTML in a lesson is never passed through: goldmark's default
// renderer (without html.WithUnsafe) replaces it with a comment.
package lesson
