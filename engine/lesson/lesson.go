package lesson

import (
	"bytes"
	"fmt"
	"io"
	"sort"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Meta is a lesson's front matter.
type Meta struct {
	Title   string `json:"title"`
	Slug    string `json:"slug"`
	Order   int    `json:"order"`
	Summary string `json:"summary"`
	Minutes int    `json:"minutes"`
}

// Role says what a runnable block is for.
type Role string

// The roles of runnable blocks.
const (
	Naive     Role = "naive"
	Optimized Role = "optimized"
	Example   Role = "example"
	Exercise  Role = "exercise"
)

// NoBudget is Block.Budget, Block.Scans or Block.Rows when the block has no such limit.
const NoBudget = -1

// Block is one runnable code block of a lesson.
type Block struct {
	// Index is the block's position among the lesson's runnable blocks,
	// from 1.
	Index int    `json:"index"`
	Role  Role   `json:"role"`
	Lang  string `json:"lang"`
	Code  string `json:"code"`
	// Line is the 1-based line of the block's opening fence.
	Line int `json:"line"`
	// Pair numbers a naive block and its optimized partner alike, from 1;
	// 0 for other roles.
	Pair int `json:"pair,omitempty"`
	// Budget is the most queries the block may send, or NoBudget.
	Budget int `json:"budget"`
	// Scans is the most full-table-scan steps its queries may take, or
	// NoBudget.
	Scans int `json:"scans"`
	// Rows is the most rows its queries may return in all, or NoBudget.
	Rows int `json:"rows"`
	// Raises is the exception type an example is meant to raise.
	Raises string `json:"raises,omitempty"`
	// Expected is the output the block must print; it is only checked
	// when ExpectedLine is not 0 (the line of its {output} fence).
	Expected     string `json:"expected,omitempty"`
	ExpectedLine int    `json:"expected_line,omitempty"`
	// Solution is an exercise's hidden solution, from the {solution}
	// fence on SolutionLine (0 when there is none).
	Solution     string `json:"solution,omitempty"`
	SolutionLine int    `json:"solution_line,omitempty"`
}

// Lesson is one parsed lesson file.
type Lesson struct {
	// File names the lesson in errors, as given to Parse.
	File   string   `json:"file"`
	Meta   Meta     `json:"meta"`
	Blocks []*Block `json:"blocks"`
	source []byte
	doc    ast.Node
}

// markdown is the goldmark instance Parse and Render share.
var markdown = goldmark.New(goldmark.WithExtensions(Extension))

// Parse reads one lesson. file names it in errors. A malformed lesson
// gives an Errors value listing every problem with its line and what to
// do; Parse never panics.
func Parse(file string, source []byte) (l *Lesson, err error) {
	defer func() {
		if p := recover(); p != nil {
			l, err = nil, Errors{{File: file, Line: 1, Msg: fmt.Sprintf("the lesson could not be read (%v); please report this file", p)}}
		}
	}()
	pc := parser.NewContext()
	doc := markdown.Parser().Parse(text.NewReader(source), parser.WithContext(pc))
	st := stateOf(pc)
	if st.meta == nil && len(st.errs) == 0 {
		st.errorf(1, `the lesson has no front matter; start the file with a "---" line, the keys %s, and another "---" line`, metaKeyList)
	}
	if len(st.errs) > 0 {
		sort.SliceStable(st.errs, func(i, j int) bool { return st.errs[i].Line < st.errs[j].Line })
		return nil, st.errs.in(file)
	}
	return &Lesson{File: file, Meta: *st.meta, Blocks: st.blocks, source: source, doc: doc}, nil
}

// Render writes the lesson's HTML: the prose, with each runnable block
// as a placeholder element the site turns into an editor (see Extension).
func (l *Lesson) Render(w io.Writer) error {
	return markdown.Renderer().Render(w, l.source, l.doc)
}

// HTML is Render into a string.
func (l *Lesson) HTML() (string, error) {
	var b bytes.Buffer
	err := l.Render(&b)
	return b.String(), err
}
