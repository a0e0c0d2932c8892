package lesson_test

import (
	"fmt"
	"os"

	"github.com/yuin/goldmark"

	"ormlab/engine/lesson"
	"ormlab/lessons"
)

const source = "---\n" +
	"title: N+1 in one minute\n" +
	"slug: n-plus-one\n" +
	"order: 1\n" +
	"summary: One query per book.\n" +
	"minutes: 1\n" +
	"---\n" +
	"\n" +
	"```python {naive}\n" +
	"for b in Book.objects.all()[:3]:\n" +
	"    print(b.author.name)\n" +
	"```\n" +
	"\n" +
	"```python {optimized budget=1}\n" +
	"for b in Book.objects.select_related(\"author\")[:3]:\n" +
	"    print(b.author.name)\n" +
	"```\n" +
	"\n" +
	"```python {exercise budget=1}\n" +
	"print(Genre.objects.get(pk=1).name, Genre.objects.get(pk=2).name)\n" +
	"```\n" +
	"\n" +
	"```text {output}\n" +
	"Fiction Mystery\n" +
	"```\n"

// Parse returns the front matter and the runnable blocks; an {output}
// block becomes the Expected text of the block above it.
func ExampleParse() {
	l, err := lesson.Parse("01-n-plus-one.md", []byte(source))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Meta.Title, "/", l.Meta.Slug)
	for _, b := range l.Blocks {
		fmt.Printf("block %d on line %d: %s, pair %d, budget %d, expected %q\n", b.Index, b.Line, b.Role, b.Pair, b.Budget, b.Expected)
	}
	// Output:
	// N+1 in one minute / n-plus-one
	// block 1 on line 9: naive, pair 1, budget -1, expected ""
	// block 2 on line 14: optimized, pair 1, budget 1, expected ""
	// block 3 on line 19: exercise, pair 0, budget 1, expected "Fiction Mystery\n"
}

// A malformed lesson gives every problem with its file and line.
func ExampleParse_errors() {
	_, err := lesson.Parse("02-broken.md", []byte("---\ntitle: Broken\nslug: broken\norder: two\nsummary: S\nminutes: 5\n---\n\n```python {optimised budget=1}\nprint(1)\n```\n"))
	fmt.Println(err)
	// Output:
	// 02-broken.md:4: order must be a whole number, 1 or more; got "two"
	// 02-broken.md:9: unknown block role "optimised"; use naive, optimized, example, exercise, output or solution
}

// HTML renders the prose and turns each runnable block into a
// placeholder element for the site to hydrate.
func ExampleLesson_HTML() {
	l, _ := lesson.Parse("03-tiny.md", []byte("---\ntitle: Tiny\nslug: tiny\norder: 3\nsummary: S\nminutes: 1\n---\n# Tiny lesson\n\nNo <b>raw</b> HTML.\n\n```python {example budget=1}\nprint(Genre.objects.count() < 20)\n```\n\n```text {output}\nTrue\n```\n"))
	html, _ := l.HTML()
	fmt.Print(html)
	// Output:
	// <h1 id="tiny-lesson">Tiny lesson</h1>
	// <p>No <!-- raw HTML omitted -->raw<!-- raw HTML omitted --> HTML.</p>
	// <div class="lab-block" id="lab-block-1" data-block="1" data-role="example" data-line="12" data-budget="1">
	// <pre class="lab-code"><code class="language-python">print(Genre.objects.count() &lt; 20)
	// </code></pre>
	// <pre class="lab-expected"><code>True
	// </code></pre>
	// </div>
}

// Extension plugs the same rendering into any goldmark instance; the
// front matter renders as nothing.
func ExampleExtension() {
	md := goldmark.New(goldmark.WithExtensions(lesson.Extension))
	src := "---\ntitle: T\nslug: t\norder: 1\nsummary: S\nminutes: 1\n---\n| a | b |\n| - | - |\n| 1 | 2 |\n"
	_ = md.Convert([]byte(src), os.Stdout)
	// Output:
	// <table>
	// <thead>
	// <tr>
	// <th>a</th>
	// <th>b</th>
	// </tr>
	// </thead>
	// <tbody>
	// <tr>
	// <td>1</td>
	// <td>2</td>
	// </tr>
	// </tbody>
	// </table>
}

// Load reads the whole course, in order.
func ExampleLoad() {
	all, err := lesson.Load(lessons.FS)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range all[:3] {
		fmt.Println(l.File, "·", l.Meta.Title)
	}
	// Output:
	// 01-seeing-the-sql.md · Seeing the SQL
	// 02-lazy-evaluation.md · Lazy evaluation and re-evaluation
	// 03-select-related.md · N+1 on a ForeignKey and select_related
}
