package cache_test

import (
	"testing"

	"ormlab/engine/cache"
	"ormlab/engine/scripttest"
)

// TestScripts runs testdata/*.py, each with a new cache and the lab clock;
// their expectations are what Django's LocMemCache prints for the same
// script (python3-django, with time.time replaced by the lab clock).
func TestScripts(t *testing.T) {
	scripttest.Run(t, "testdata/*.py", scripttest.WithLabClock(cache.Globals))
}
