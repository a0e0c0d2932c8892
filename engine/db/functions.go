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
	{"django_date_trunc", 4, dateTrunc},
	{"django_datetime_trunc", 4, datetimeTrunc},
	{"regexp", 2, regexpMatch},
}

// sqlFunction is a deterministic scalar SQL function. It sees each
// argument as SQLite's text conversion of it (sqlite3_value_text), nil for
// NULL, and returns nil (NULL), an int, a bool (stored as 0 or 1) or a
// string. The drivers register every djangoFunctions entry on each
// connection they open.
type sqlFunction func(args []*string) any

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
	if n, ok := datePart(*arg[0], t); ok {
		return n
	}
	return nil
}

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
	n, ok := parts[strings.ToLower(part)]
	return n, ok
}

// castDate is django_datetime_cast_date(value, tz, conn_tz).
func castDate(arg []*string) any {
	if arg[0] == nil {
		return nil
	}
	if t, ok := parseStored(*arg[0]); ok {
		return t.Format("2006-01-02")
	}
	return nil
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

// dateTrunc is django_date_trunc(kind, value, tz, conn_tz): the first day
// of the value's year, quarter, month or week (weeks start on Monday), or
// its day, as YYYY-MM-DD.
func dateTrunc(arg []*string) any {
	t, ok := truncated(arg)
	if !ok {
		return nil
	}
	return t.Format("2006-01-02")
}

// datetimeTrunc is django_datetime_trunc(kind, value, tz, conn_tz): the
// value cut to its year, quarter, month, week, day, hour, minute or
// second, as YYYY-MM-DD HH:MM:SS.
func datetimeTrunc(arg []*string) any {
	t, ok := truncated(arg)
	if !ok {
		return nil
	}
	return t.Format("2006-01-02 15:04:05")
}

// truncated parses the value of a trunc function and cuts it to the
// kind; ok is false for NULL, an unreadable value or an unknown kind.
func truncated(arg []*string) (time.Time, bool) {
	if arg[0] == nil || arg[1] == nil {
		return time.Time{}, false
	}
	t, ok := parseStored(*arg[1])
	if !ok {
		return time.Time{}, false
	}
	y, m, d := t.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	switch *arg[0] {
	case "year":
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
	case "quarter":
		return time.Date(y, m-(m-1)%3, 1, 0, 0, 0, 0, time.UTC), true
	case "month":
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), true
	case "week":
		return day.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)), true
	case "day":
		return day, true
	case "hour", "minute", "second":
		unit := map[string]time.Duration{"hour": time.Hour, "minute": time.Minute, "second": time.Second}[*arg[0]]
		return t.Truncate(unit), true
	}
	return time.Time{}, false
}
