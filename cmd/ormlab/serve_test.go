package main

import (
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ormlab/engine/limits"
)

// TestServeRejectsBrokenLessons checks that `serve --lessons DIR` runs the
// check first and refuses to start, naming the file and line of each
// problem, before it opens any port.
func TestServeRejectsBrokenLessons(t *testing.T) {
	dir := "../../testdata/lessons-broken/malformed"
	status, _, stderr := cli(t, "serve", "--addr", "127.0.0.1:0", "--lessons", dir)
	if status != 1 {
		t.Errorf("status %d, want 1", status)
	}
	for _, want := range []string{
		"FAIL " + filepath.Join(dir, "02-unknown-role.md") + ":9: unknown block role",
		"ormlab serve: the lessons in " + dir + " do not pass `ormlab check`",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if status, _, stderr := cli(t, "serve", "--lessons", filepath.Join(t.TempDir(), "missing")); status != 2 || !strings.Contains(stderr, "is not a directory of lessons") {
		t.Errorf("a missing folder: status %d, stderr %q", status, stderr)
	}
}

// TestServeOwnLessons checks that a trainer's folder replaces the
// built-in lessons in what is served and exported.
func TestServeOwnLessons(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../lessons/03-select-related.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "03-select-related.md"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	content, status := siteContent("serve", dir, os.Stderr)
	if content == nil {
		t.Fatalf("status %d", status)
	}
	index, err := fs.ReadFile(content, "lessons/index.json")
	if err != nil || strings.Count(string(index), `"slug"`) != 1 || !strings.Contains(string(index), `"select-related"`) {
		t.Errorf("lessons/index.json = %s (%v), want only select-related", index, err)
	}
	if _, err := fs.Stat(content, "lessons/seeing-the-sql.json"); err == nil {
		t.Error("a built-in lesson is still served")
	}
}

// TestServePortTaken checks the advice when the port is in use.
func TestServePortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	status, _, stderr := cli(t, "serve", "--addr", ln.Addr().String())
	if status != 1 || !strings.Contains(stderr, "pick another with --addr") {
		t.Errorf("status %d, stderr %q", status, stderr)
	}
}

// TestOpenBrowser checks that --open's opener runs $BROWSER with the URL.
func TestOpenBrowser(t *testing.T) {
	dir := t.TempDir()
	got := filepath.Join(dir, "opened")
	script := filepath.Join(dir, "browser")
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho \"$1\" > "+got+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BROWSER", script)
	var stderr strings.Builder
	openBrowser("http://localhost:8080/", &stderr)
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if data, err := os.ReadFile(got); err == nil && strings.TrimSpace(string(data)) == "http://localhost:8080/" {
			return
		}
	}
	t.Errorf("$BROWSER was not run with the URL; stderr %q", stderr.String())
}

// TestExportCommand checks `ormlab export`'s usage errors and that it
// refuses a folder holding something else.
func TestExportCommand(t *testing.T) {
	if status, _, _ := cli(t, "export"); status != 2 {
		t.Errorf("no folder: status %d, want 2", status)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
	status, _, stderr := cli(t, "export", dir)
	if status != 1 || (!strings.Contains(stderr, "holds no earlier export") && !strings.Contains(stderr, "no web assets")) {
		t.Errorf("a folder of other files: status %d, stderr %q", status, stderr)
	}
}

// TestServeHostileLessonStartsNoLater checks that a lesson block whose work
// the engine's clock cannot interrupt (one builtin summing 10**12 numbers)
// fails its lesson at file:line within the wall-time limit plus a second,
// instead of stalling the server's start. serve runs in a process of its
// own (this test binary again), as a trainer runs it: its exit ends the
// block left running.
func TestServeHostileLessonStartsNoLater(t *testing.T) {
	if dir := os.Getenv("ORMLAB_TEST_SERVE_LESSONS"); dir != "" {
		os.Exit(dispatch([]string{"serve", "--addr", "127.0.0.1:0", "--lessons", dir}, os.Stdout, os.Stderr))
	}
	src, err := os.ReadFile("../../lessons/03-select-related.md")
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.Replace(string(src), "```python {example}\n", "```python {example}\nx = sum(range(10**12))\n", 1)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "03-select-related.md"), []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeHostileLessonStartsNoLater$")
	cmd.Env = append(os.Environ(), "ORMLAB_TEST_SERVE_LESSONS="+dir)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(start)
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(string(out), "FAIL "+filepath.Join(dir, "03-select-related.md")+":94: block") ||
		!strings.Contains(string(out), "LimitExceeded") {
		t.Errorf("exit %d (%v), output:\n%s", code, err, out)
	}
	if limit := limits.Default.Timeout + blockGrace + time.Second; took > limit {
		t.Errorf("serve took %v to refuse the lessons, want under %v", took, limit)
	}
	t.Logf("serve refused the hostile lesson after %v", took)
}
