package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"ormlab/wasm/bridge/bridgetest"
)

func TestLessons(t *testing.T) {
	list := bridgetest.Call(t, ops, `{"op": "lessons"}`)["result"].([]any)
	if len(list) == 0 {
		t.Fatal("no lessons listed")
	}
	first := list[0].(map[string]any)
	page := bridgetest.Call(t, ops, `{"op": "lesson", "slug": "`+first["slug"].(string)+`"}`)["result"].(map[string]any)
	if page["title"] != first["title"] || !strings.Contains(page["html"].(string), "<h1") || strings.Contains(page["html"].(string), "slug:") {
		t.Errorf("lesson page = %v", page)
	}
	// A block's JSON carries its rules inline, as the engine's exercise
	// operation reads them.
	block := page["blocks"].([]any)[0].(map[string]any)
	for _, key := range []string{"index", "role", "code", "budget", "scans", "rows"} {
		if _, ok := block[key]; !ok {
			t.Errorf("block %v has no %q", block, key)
		}
	}
}

func TestUnknownLesson(t *testing.T) {
	for _, slug := range []string{"../../etc/passwd", "", "nope"} {
		raw, _ := json.Marshal(map[string]string{"op": "lesson", "slug": slug})
		resp := bridgetest.Call(t, ops, string(raw))
		e, _ := resp["error"].(map[string]any)
		if resp["kind"] != "error" || e["type"] != "NotFound" || e["message"] != "no lesson is named "+strconv.Quote(slug) {
			t.Errorf("lesson %q: got %v, want a NotFound error", slug, resp)
		}
	}
}

func TestMarkdownDropsRawHTML(t *testing.T) {
	resp := bridgetest.Call(t, ops, `{"op": "markdown", "markdown": "hi <script>alert(1)</script>\n\n<iframe src=x></iframe>\n\n| a |\n|---|\n| ~~b~~ |"}`)
	html := resp["result"].(map[string]any)["html"].(string)
	if strings.Contains(html, "<script") || strings.Contains(html, "<iframe") {
		t.Errorf("raw HTML kept: %s", html)
	}
	if !strings.Contains(html, "<td><del>b</del></td>") {
		t.Errorf("tables and strikethrough not rendered: %s", html)
	}
}
