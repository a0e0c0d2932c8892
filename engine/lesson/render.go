package lesson

import (
	"fmt"
	"html"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	gext "github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// Extension is the goldmark extension for lessons: front matter, GitHub
// tables, heading anchors (id attributes) and runnable blocks. Each
// runnable block renders as a placeholder the site hydrates into an
// editor:
//
//	<div class="lab-block" id="lab-block-3" data-block="3" data-role="optimized"
//	     data-line="41" data-pair="1" data-budget="1">
//	<pre class="lab-code"><code class="language-python">…</code></pre>
//	<pre class="lab-expected"><code>…</code></pre>
//	<details class="lab-solution"><summary>Solution</summary><pre><code class="language-python">…</code></pre></details>
//	</div>
//
// data-scans, data-rows and data-raises appear when the block has them; the
// expected output and the solution appear when the block has them. Code
// is HTML-escaped. Use Parse to also get the blocks and the errors; with
// goldmark.Convert alone a malformed block stays a plain code block.
var Extension goldmark.Extender = extension{}

type extension struct{}

// Extend implements goldmark.Extender.
func (extension) Extend(m goldmark.Markdown) {
	gext.Table.Extend(m)
	m.Parser().AddOptions(
		parser.WithAutoHeadingID(),
		parser.WithBlockParsers(util.Prioritized(frontMatterParser{}, 0)),
		parser.WithASTTransformers(util.Prioritized(blockTransformer{}, 1000)),
	)
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(htmlRenderer{}, 100)))
}

// htmlRenderer renders the extension's nodes.
type htmlRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (htmlRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindFrontMatter, func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
		return ast.WalkSkipChildren, nil
	})
	reg.Register(kindLabBlock, renderLabBlock)
}

func renderLabBlock(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	b := n.(*labBlock).block
	fmt.Fprintf(w, `<div class="lab-block" id="lab-block-%d" data-block="%d" data-role="%s" data-line="%d"`, b.Index, b.Index, b.Role, b.Line)
	attr(w, "data-pair", b.Pair, b.Pair > 0)
	attr(w, "data-budget", b.Budget, b.Budget != NoBudget)
	attr(w, "data-scans", b.Scans, b.Scans != NoBudget)
	attr(w, "data-rows", b.Rows, b.Rows != NoBudget)
	attr(w, "data-raises", b.Raises, b.Raises != "")
	w.WriteString(">\n")
	code(w, `pre class="lab-code"`, b.Lang, b.Code)
	if b.ExpectedLine != 0 {
		code(w, `pre class="lab-expected"`, "", b.Expected)
	}
	if b.SolutionLine != 0 {
		w.WriteString(`<details class="lab-solution"><summary>Solution</summary>`)
		code(w, "pre", b.Lang, b.Solution)
		w.WriteString("</details>\n")
	}
	w.WriteString("</div>\n")
	return ast.WalkSkipChildren, nil
}

// attr writes ` name="value"` when ok.
func attr(w util.BufWriter, name string, value any, ok bool) {
	if ok {
		fmt.Fprintf(w, ` %s="%s"`, name, html.EscapeString(fmt.Sprint(value)))
	}
}

// code writes <pre …><code class="language-lang">text</code></pre>.
func code(w util.BufWriter, pre, lang, text string) {
	fmt.Fprintf(w, "<%s><code", pre)
	if lang != "" {
		fmt.Fprintf(w, ` class="language-%s"`, html.EscapeString(lang))
	}
	fmt.Fprintf(w, ">%s</code></pre>\n", html.EscapeString(text))
}
