package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hostilePack is a lesson pack whose blocks try to write files on the
// trainer's laptop, one expecting the refusal and one not, and run an
// endless SQL statement.
const hostilePack = "---\ntitle: Hostile\nslug: hostile\norder: 1\nsummary: Blocks that reach for files.\nminutes: 1\n---\n\n" +
	"```python {example}\nfrom django.db import connection\nconnection.cursor().execute(\"ATTACH DATABASE 'pack.db' AS x\")\n```\n\n" +
	"```python {example raises=DatabaseError}\nfrom django.db import connection\nconnection.cursor().execute(\"VACUUM INTO 'vacuum.db'\")\n```\n\n" +
	"```python {example}\nfrom django.db import connection\nconnection.cursor().execute(\"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c\")\n```\n\n" +
	"```python {exercise budget=1}\nprint(Genre.objects.get(pk=1).name)\n```\n\n```text {output}\nFiction\n```\n\n" +
	"```python {solution}\nprint(Genre.objects.get(pk=1).name)\n```\n"

// TestCheckHostilePack checks that `ormlab check` of a pack that reaches
// for files creates none, in the working directory or the pack's, fails
// the refused block with file:line and the refusal, and ends the endless
// statement within the wall-time limit.
func TestCheckHostilePack(t *testing.T) {
	pack := t.TempDir()
	if err := os.WriteFile(filepath.Join(pack, "01-hostile.md"), []byte(hostilePack), 0o644); err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	t.Chdir(work)
	start := time.Now()
	status, out, _ := cli(t, "check", pack)
	if took := time.Since(start); took > 6*time.Second {
		t.Errorf("check took %s, want under the wall-time limit plus one second", took)
	}
	file := filepath.Join(pack, "01-hostile.md")
	for _, want := range []string{
		"FAIL " + file + ":9: block 1 (example): raised DatabaseError on line 2: not authorized: ATTACH of 'pack.db'",
		// The VM-step limit, or on a busy machine the wall-time limit.
		"FAIL " + file + ":19: block 3 (example): raised LimitExceeded on line 2: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if status != 1 || strings.Contains(out, "block 2") {
		t.Errorf("status %d, want 1 with block 2 passing:\n%s", status, out)
	}
	for _, dir := range []string{work, pack} {
		if files, _ := os.ReadDir(dir); len(files) > 1 || (dir == work && len(files) > 0) {
			t.Errorf("%s holds %v after the check", dir, files)
		}
	}
}
