package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io/fs"

	"ormlab/engine/lesson"
)

// LessonDir is the folder of the site that holds the lesson files.
const LessonDir = "lessons"

// lessonPage is one lesson as lessons/<slug>.json holds it: its front
// matter, its runnable blocks and its HTML. It has the shape of the wasm
// lessons program's "lesson" answer (wasm/docs), so the pages read either.
type lessonPage struct {
	lesson.Meta
	Blocks []*lesson.Block `json:"blocks"`
	HTML   string          `json:"html"`
}

// LessonFiles renders the lessons in lessonFS (a folder of NN-slug.md
// files, see package lesson) into the files the pages and the widget read:
//
//	lessons/index.json    [front matter, ...] in course order
//	lessons/<slug>.json   one lessonPage per lesson
//
// with a gzip copy (name.gz) of each file worth compressing. It fails on
// the first lesson that does not load or render; `ormlab check` explains
// such problems in full.
func LessonFiles(lessonFS fs.FS) (map[string][]byte, error) {
	list, err := lesson.Load(lessonFS)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	metas := make([]lesson.Meta, len(list))
	for i, l := range list {
		metas[i] = l.Meta
		html, err := l.HTML()
		if err != nil {
			return nil, fmt.Errorf("%s: cannot render the lesson: %w", l.File, err)
		}
		addJSON(files, LessonDir+"/"+l.Meta.Slug+".json", lessonPage{l.Meta, l.Blocks, html})
	}
	addJSON(files, LessonDir+"/index.json", metas)
	return files, nil
}

// addJSON adds name holding v as JSON, and its gzip copy when that saves
// something worth a request (the rule site/build.mjs applies to assets).
func addJSON(files map[string][]byte, name string, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // plain data: strings, numbers and slices
	files[name] = buf.Bytes()
	if packed := gzipped(buf.Bytes()); packed != nil {
		files[name+".gz"] = packed
	}
}

// minCompress and maxRatio match site/build.mjs: smaller files go out as
// they are, and a copy must save at least 5%.
const (
	minCompress = 1024
	maxRatio    = 0.95
)

// gzipped is data compressed at gzip's best level, or nil when that is not
// worth it.
func gzipped(data []byte) []byte {
	if len(data) < minCompress {
		return nil
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // a valid level
	zw.Write(data)
	zw.Close()
	if float64(buf.Len()) > float64(len(data))*maxRatio {
		return nil
	}
	return buf.Bytes()
}
