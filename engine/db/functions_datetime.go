package db

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The date arithmetic and truncation functions of Django's SQLite backend
// (django/db/backends/sqlite3/_functions.py), as TruncMonth, F("d") +
// timedelta(...) and F("a") - F("b") call them.

// truncParts are the kinds django_date_trunc and django_datetime_trunc
// accept, each giving the truncated date and time of day as text.
var truncParts = map[string]func(t time.Time) (string, string){
	"year": func(t time.Time) (string, string) { return fmt.Sprintf("%04d-01-01", t.Year()), "00:00:00" },
	"quarter": func(t time.Time) (string, string) {
		return ymd(t.Year(), int(t.Month())-(int(t.Month())-1)%3, 1), "00:00:00"
	},
	"month": func(t time.Time) (string, string) { return ymd(t.Year(), int(t.Month()), 1), "00:00:00" },
	"week": func(t time.Time) (string, string) {
		t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		return ymd(t.Year(), int(t.Month()), t.Day()), "00:00:00"
	},
	"day":    func(t time.Time) (string, string) { return ymd(t.Year(), int(t.Month()), t.Day()), "00:00:00" },
	"hour":   func(t time.Time) (string, string) { return dayOf(t), fmt.Sprintf("%02d:00:00", t.Hour()) },
	"minute": func(t time.Time) (string, string) { return dayOf(t), fmt.Sprintf("%02d:%02d:00", t.Hour(), t.Minute()) },
	"second": func(t time.Time) (string, string) { return dayOf(t), t.Format("15:04:05") },
}

func ymd(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

func dayOf(t time.Time) string { return ymd(t.Year(), int(t.Month()), t.Day()) }

// dateTrunc is django_date_trunc(kind, value, tz, conn_tz): a date,
// for the kinds year to day.
func dateTrunc(arg []*string) any {
	if arg[0] != nil && clockPart[*arg[0]] {
		return errRaised // Unsupported lookup type
	}
	day, _, ok, fail := truncate(arg)
	if !ok {
		return fail
	}
	return day
}

// datetimeTrunc is django_datetime_trunc(kind, value, tz, conn_tz): a
// datetime.
func datetimeTrunc(arg []*string) any {
	day, clock, ok, fail := truncate(arg)
	if !ok {
		return fail
	}
	return day + " " + clock
}

// truncate parses the value and truncates it to the kind arg[0] names.
// When it cannot, fail is the function's result: NULL for a NULL or
// unreadable value, errRaised for a kind Django refuses or a clock kind
// of a date.
func truncate(arg []*string) (day, clock string, ok bool, fail any) {
	if arg[0] == nil || arg[1] == nil {
		return "", "", false, nil
	}
	t, parsed := parseStored(*arg[1])
	fn := truncParts[*arg[0]]
	switch {
	case !parsed:
		return "", "", false, nil
	case fn == nil || (clockPart[*arg[0]] && dateOnly(*arg[1])):
		return "", "", false, errRaised
	}
	day, clock = fn(t)
	return day, clock, true, nil
}

// timestampDiff is django_timestamp_diff(lhs, rhs): lhs - rhs in
// microseconds, the storage of a DurationField.
func timestampDiff(arg []*string) any {
	if arg[0] == nil || arg[1] == nil {
		return nil
	}
	l, lok := parseStored(*arg[0])
	r, rok := parseStored(*arg[1])
	if !lok || !rok {
		return nil
	}
	return int(l.Sub(r).Microseconds())
}

// formatDTDelta is django_format_dtdelta(op, lhs, rhs) for + and -: a
// date or datetime moved by a number of microseconds, printed as Python
// prints the result (a date keeps whole days only). SQLite hands every
// argument over as text, so an integer is told from a date by its form.
func formatDTDelta(arg []*string) any {
	if arg[0] == nil || arg[1] == nil || arg[2] == nil {
		return nil
	}
	op := strings.TrimSpace(*arg[0])
	stamp, delta := *arg[1], *arg[2]
	if _, err := strconv.ParseInt(stamp, 10, 64); err == nil && op == "+" {
		stamp, delta = delta, stamp
	}
	us, err := strconv.ParseInt(delta, 10, 64)
	t, ok := parseStored(stamp)
	if err != nil || !ok || (op != "+" && op != "-") {
		return nil
	}
	sign := int64(1)
	if op == "-" {
		sign = -1
	}
	if !strings.Contains(stamp, " ") {
		// date ± timedelta moves by the timedelta's days alone.
		return t.AddDate(0, 0, int(sign*floorDiv(us, 86400e6))).Format("2006-01-02")
	}
	return pyDateTime(t.Add(time.Duration(sign*us) * time.Microsecond))
}

// floorDiv is Python's // for a positive divisor.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// pyDateTime is str(datetime): microseconds only when not zero.
func pyDateTime(t time.Time) string {
	if t.Nanosecond() == 0 {
		return t.Format("2006-01-02 15:04:05")
	}
	return t.Format("2006-01-02 15:04:05.000000")
}
