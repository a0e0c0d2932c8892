package db

import (
	"regexp"
	"strings"
	"time"
)

// djangoFunctions are the SQL functions Django's SQLite backend registers
// on every connection (django/db/backends/sqlite3/_functions.py), so SQL
// the ORM emits for __month, __date, __regex and friends runs unchanged.
var djangoFunctions = []struct {
	name string
	args int
	fn   sqlFunction
}{
	{"django_date_extract", 2, dateExtract},
	{"django_datetime_extract", 4, dateExtract},
	{"django_datetime_cast_date", 3, castDate},
	{"regexp", 2, regexpMatch},
	{"django_date_trunc", 4, dateTrunc},
	{"django_datetime_trunc", 4, datetimeTrunc},
	{"django_timestamp_diff", 2, timestampDiff},
	{"django_format_dtdelta", 3, formatDTDelta},
}

// sqlFunction is a deterministic scalar SQL function. It sees each
// argument as SQLite's text conversion of it (sqlite3_value_text), nil for
// NULL, and returns nil (NULL), an int, a bool (stored as 0 or 1), a
// string, or errRaised when Django's Python function would raise. The
// drivers register every djangoFunctions entry on each connection they
// open.
type sqlFunction func(args []*string) any

// raised is the result of a function that raises in Django: Python's
// sqlite3 module reports any exception of a user-defined function with
// one message, which the drivers pass to sqlite3_result_error.
type raised struct{}

// errRaised is the one raised value.
var errRaised = raised{}

// raisedMessage is what SQLite reports for a raised function.
const raisedMessage = "user-defined function raised exception"

// parseStored reads a date or datetime in Django's SQLite storage format.
func parseStored(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02 15:04:05.999999", "2006-01-02T15:04:05.999999", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateExtract is django_date_extract(part, value) and
// django_datetime_extract(part, value, tz, conn_tz).
func dateExtract(arg []*string) any {
	if arg[0] == nil || arg[1] == nil {
		return nil
	}
	t, ok := parseStored(*arg[1])
	if !ok {
		return nil
	}
	if clockPart[*arg[0]] && dateOnly(*arg[1]) {
		return errRaised // a date has no hour
	}
	if n, ok := datePart(*arg[0], t); ok {
		return n
	}
	return errRaised // getattr(dt, part) fails
}

// clockPart are the parts a date lacks.
var clockPart = map[string]bool{"hour": true, "minute": true, "second": true}

// dateOnly reports whether stored text is a date, which Django's
// typecast_timestamp reads as a date rather than a datetime.
func dateOnly(s string) bool { return !strings.Contains(s, " ") }

// datePart is one part of a date as Python's datetime reports it.
func datePart(part string, t time.Time) (int, bool) {
	isoYear, isoWeek := t.ISOWeek()
	isoWeekday := (int(t.Weekday())+6)%7 + 1
	parts := map[string]int{
		"year": t.Year(), "month": int(t.Month()), "day": t.Day(),
		"hour": t.Hour(), "minute": t.Minute(), "second": t.Second(),
		"week_day": isoWeekday%7 + 1, "iso_week_day": isoWeekday,
		"week": isoWeek, "iso_year": isoYear, "quarter": (int(t.Month()) + 2) / 3,
	}
	n, ok := parts[part]
	return n, ok
}

// castDate is django_datetime_cast_date(value, tz, conn_tz).
func castDate(arg []*string) any {
	if arg[0] == nil {
		return nil
	}
	t, ok := parseStored(*arg[0])
	switch {
	case !ok:
		return nil
	case dateOnly(*arg[0]):
		return errRaised // a date has no .date()
	}
	return t.Format("2006-01-02")
}

// regexpMatch is REGEXP: X REGEXP Y calls regexp(Y, X). Go's RE2 syntax
// covers the patterns lessons use; Python-only constructs fail to compile
// and match nothing.
func regexpMatch(arg []*string) any {
	if arg[0] == nil || arg[1] == nil {
		return nil
	}
	re, err := regexp.Compile(*arg[0])
	return err == nil && re.MatchString(*arg[1])
}
