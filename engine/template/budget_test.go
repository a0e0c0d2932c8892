package template_test

import (
	"strings"
	"testing"
	"time"

	"ormlab/engine/limits"
	"ormlab/engine/script"
	"ormlab/engine/template"
)

// A template loop runs in Go, yet the run's step limit still stops it.
func TestLoopStopsAtStepLimit(t *testing.T) {
	res := script.Run(`render("{% for i in r %}{% for j in r %}{% endfor %}{% endfor %}", {"r": range(1000000)})`,
		script.Options{Globals: template.Builtins, Limits: limits.Limits{MaxSteps: 200_000, Timeout: time.Minute}})
	if res.Err == nil || res.Err.Type != "LimitExceeded" || !strings.Contains(res.Err.Message, "steps") {
		t.Fatalf("got error %v, want the step limit", res.Err)
	}
}

func TestOutputLimit(t *testing.T) {
	saved := template.MaxOutput
	template.MaxOutput = 1000
	defer func() { template.MaxOutput = saved }()
	res := script.Run(`render("{% for i in r %}0123456789{% endfor %}", {"r": range(101)})`, script.Options{Globals: template.Builtins})
	if res.Err == nil || res.Err.Type != "LimitExceeded" {
		t.Fatalf("got error %v, want LimitExceeded", res.Err)
	}
}
