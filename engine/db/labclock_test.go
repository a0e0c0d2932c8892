package db

import (
	"testing"
	"time"
)

func TestOnClock(t *testing.T) {
	now := time.Date(2025, 1, 15, 12, 0, 0, 250_000_000, time.UTC)
	for _, c := range []struct{ in, want string }{
		{`SELECT STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')`, `SELECT STRFTIME('%Y-%m-%d %H:%M:%f', '2025-01-15 12:00:00.250')`},
		{`SELECT date('now', '-1 day'), julianday( 'Now' )`, `SELECT date('2025-01-15 12:00:00.250', '-1 day'), julianday( '2025-01-15 12:00:00.250' )`},
		{`SELECT CURRENT_TIMESTAMP, current_date, CURRENT_TIME`, `SELECT '2025-01-15 12:00:00', '2025-01-15', '12:00:00'`},
		// 'now' outside a date function, in a quoted name or a comment,
		// and names that only contain the words, are left alone.
		{`SELECT 'now', upper('now') WHERE "now" = 'it''s now' -- date('now')`, `SELECT 'now', upper('now') WHERE "now" = 'it''s now' -- date('now')`},
		{`SELECT current_timestamp_x, [CURRENT_DATE] /* CURRENT_TIME */`, `SELECT current_timestamp_x, [CURRENT_DATE] /* CURRENT_TIME */`},
		{`SELECT date(lower('NOW'))`, `SELECT date(lower('NOW'))`},
		{`SELECT strftime('%s', 'now') FROM known`, `SELECT strftime('%s', '2025-01-15 12:00:00.250') FROM known`},
		{`SELECT 1`, `SELECT 1`},
		{`SELECT date('now`, `SELECT date('now`},
	} {
		if got := onClock(c.in, now); got != c.want {
			t.Errorf("onClock(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestClockDrivesSQLite checks that SQLite answers on the lab clock and
// that the log keeps the SQL as sent.
func TestClockDrivesSQLite(t *testing.T) {
	d, err := Open(1)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	d.SetClock(func() time.Time { return time.Date(2025, 1, 15, 12, 0, 0, 0, time.UTC) })
	res, err := d.Execute(`SELECT STRFTIME('%%Y-%%m-%%d %%H:%%M:%%f', 'NOW'), CURRENT_DATE`, []any{}, Cause{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Rows[0]; got[0] != "2025-01-15 12:00:00.000" || got[1] != "2025-01-15" {
		t.Errorf("SQLite's clock reads %v, want the lab clock", got)
	}
	if got := d.Log()[0].SQL; got != `SELECT STRFTIME('%%Y-%%m-%%d %%H:%%M:%%f', 'NOW'), CURRENT_DATE` {
		t.Errorf("logged %q, want the SQL as sent", got)
	}
}
