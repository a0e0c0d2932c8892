//go:build !(js && wasm)

package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The browser starts the engine on every page and the other programs only
// when needed, so what each links is part of how fast the lab starts:
// goldmark's package init alone was a tenth of the engine's start, and
// PostgreSQL's parser a third of its code.
func TestProgramsLinkOnlyTheirOwnParts(t *testing.T) {
	for _, c := range []struct {
		pkg string
		// forbidden are packages, or with "/..." every package below a path.
		forbidden []string
	}{
		{".", []string{"github.com/yuin/goldmark/...", "ormlab/engine/lesson", "github.com/sqlc-dev/oliphant/...", "github.com/ncruces/go-sqlite3/..."}},
		{"./docs", []string{"ormlab/engine", "ormlab/engine/db", "go.starlark.net/...", "github.com/sqlc-dev/oliphant/..."}},
		{"./pgquery", []string{"ormlab/engine", "github.com/yuin/goldmark/..."}},
	} {
		cmd := exec.Command("go", "list", "-deps", c.pkg)
		cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", c.pkg, err)
		}
		deps := strings.Fields(string(out))
		for _, f := range c.forbidden {
			if d, ok := linked(deps, f); ok {
				t.Errorf("the js/wasm program %s links %s", c.pkg, d)
			}
		}
	}
}

// linked finds a package of deps that pattern names: the package itself,
// or with a "/..." suffix any package at or below the path.
func linked(deps []string, pattern string) (string, bool) {
	path, tree := strings.CutSuffix(pattern, "/...")
	for _, d := range deps {
		if d == path || tree && strings.HasPrefix(d, path+"/") {
			return d, true
		}
	}
	return "", false
}
