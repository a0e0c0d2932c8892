// Command docs is ORM Lab's lessons and Markdown as a js/wasm program of
// its own: listing the lessons, rendering one, and rendering Markdown
// with goldmark. The worker (site/src/worker.js) loads it only when a
// page asks for one of these, so the engine starts without a Markdown
// parser: goldmark's package initialization alone was a tenth of the
// engine's start. It speaks the engine's protocol (package bridge) as
// ormlabDocsHandle; built natively it reads requests from stdin.
package main

import (
	"bytes"
	"strconv"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"ormlab/engine/lesson"
	"ormlab/lessons"
	"ormlab/wasm/bridge"
)

// ops are the program's operations, by request op.
var ops = bridge.Ops{
	"markdown": opMarkdown,
	"lessons":  opLessons,
	"lesson":   opLesson,
}

func main() {
	bridge.Serve(bridge.Program{Global: "ormlabDocsHandle", Ops: ops})
}

// loadLessons parses the lesson collection once, in course order. Lessons
// with errors are left out here; `ormlab check` reports them.
var loadLessons = sync.OnceValues(func() ([]*lesson.Lesson, error) {
	return lesson.Load(lessons.FS)
})

// lessonPage is one rendered lesson: its front matter, its runnable
// blocks and its HTML, in which each block is a placeholder element.
type lessonPage struct {
	lesson.Meta
	Blocks []*lesson.Block `json:"blocks"`
	HTML   string          `json:"html"`
}

// opLessons lists the lessons' front matter in course order.
func opLessons(bridge.Request) (any, error) {
	list, err := loadLessons()
	if len(list) == 0 && err != nil {
		return nil, err
	}
	metas := make([]lesson.Meta, len(list))
	for i, l := range list {
		metas[i] = l.Meta
	}
	return metas, nil
}

// opLesson renders the lesson whose slug is the request's slug.
func opLesson(req bridge.Request) (any, error) {
	list, _ := loadLessons()
	for _, l := range list {
		if l.Meta.Slug == req.Slug {
			html, err := l.HTML()
			return lessonPage{l.Meta, l.Blocks, html}, err
		}
	}
	return nil, &bridge.Error{Type: "NotFound", Message: "no lesson is named " + strconv.Quote(req.Slug)}
}

// markdown renders CommonMark with GitHub's tables and strikethrough.
// goldmark drops raw HTML unless told otherwise, so the text cannot
// inject markup into the page.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// opMarkdown renders the request's markdown field to HTML.
func opMarkdown(req bridge.Request) (any, error) {
	var buf bytes.Buffer
	err := markdown.Convert([]byte(req.Markdown), &buf)
	return map[string]string{"html": buf.String()}, err
}
