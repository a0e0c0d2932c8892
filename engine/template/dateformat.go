package template

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// formatNames are Django's format settings for the "en" locale, which the
// date and time filters accept in place of a format string.
// See https://docs.djangoproject.com/en/5.2/ref/settings/#date-format
var formatNames = map[string]string{
	"DATE_FORMAT":           "N j, Y",
	"DATETIME_FORMAT":       "N j, Y, P",
	"TIME_FORMAT":           "P",
	"YEAR_MONTH_FORMAT":     "F Y",
	"MONTH_DAY_FORMAT":      "F j",
	"SHORT_DATE_FORMAT":     "m/d/Y",
	"SHORT_DATETIME_FORMAT": "m/d/Y P",
}

// moment is a date or a naive datetime being formatted. The lab runs
// with TIME_ZONE = "UTC": a datetime's timezone is UTC, a date has none.
type moment struct {
	t        time.Time
	us       int
	dateOnly bool
}

// momentOf returns the moment of a date or datetime value.
func momentOf(v starlark.Value) (moment, bool) {
	switch x := v.(type) {
	case py.DateTime:
		_, _, _, us := x.Clock()
		return moment{t: x.Time(), us: us}, true
	case py.Date:
		return moment{t: x.Time(), dateOnly: true}, true
	}
	return moment{}, false
}

// timeSpecifiers are the format characters of Django's TimeFormat, which
// a date cannot format.
const timeSpecifiers = "aAefgGhHiOPsTuZ"

// formatChars are all the format characters of Django's DateFormat.
const formatChars = "aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTUuwWyYzZ"

var escapedRE = lazyRegexp(`\\(.)`)

// formatDate is django.utils.dateformat.format: each format character
// not preceded by a backslash replaced by its part of the date, and
// backslash escapes removed from the rest. A date with a time format
// character is Python's TypeError.
// See https://docs.djangoproject.com/en/5.2/ref/templates/builtins/#date
func formatDate(v starlark.Value, format string) (string, error) {
	m, _ := momentOf(v)
	var out, literal strings.Builder
	prev := rune(0)
	for _, c := range format {
		if !strings.ContainsRune(formatChars, c) || prev == '\\' {
			literal.WriteRune(c)
			prev = c
			continue
		}
		out.WriteString(escapedRE().ReplaceAllString(literal.String(), "$1"))
		literal.Reset()
		if m.dateOnly && strings.ContainsRune(timeSpecifiers, c) {
			return "", py.Errorf("TypeError", "The format for date objects may not contain time-related format specifiers (found '%c').", c)
		}
		out.WriteString(m.part(c))
		prev = c
	}
	out.WriteString(escapedRE().ReplaceAllString(literal.String(), "$1"))
	return out.String(), nil
}

// part formats one format character.
func (m moment) part(c rune) string {
	if f, ok := timeParts[c]; ok {
		return f(m)
	}
	return dateParts[c](m)
}

var timeParts = map[rune]func(moment) string{
	'a': func(m moment) string { return pick(m.t.Hour() > 11, "p.m.", "a.m.") },
	'A': func(m moment) string { return pick(m.t.Hour() > 11, "PM", "AM") },
	'e': func(moment) string { return "" },
	'f': moment.f,
	'g': func(m moment) string { return strconv.Itoa(hour12(m.t)) },
	'G': func(m moment) string { return strconv.Itoa(m.t.Hour()) },
	'h': func(m moment) string { return fmt.Sprintf("%02d", hour12(m.t)) },
	'H': func(m moment) string { return fmt.Sprintf("%02d", m.t.Hour()) },
	'i': func(m moment) string { return fmt.Sprintf("%02d", m.t.Minute()) },
	'O': func(moment) string { return "+0000" },
	'P': moment.p,
	's': func(m moment) string { return fmt.Sprintf("%02d", m.t.Second()) },
	'T': func(moment) string { return "UTC" },
	'u': func(m moment) string { return fmt.Sprintf("%06d", m.us) },
	'Z': func(moment) string { return "0" },
}

var dateParts = map[rune]func(moment) string{
	'b': func(m moment) string { return strings.ToLower(monthAbbr(m)) },
	'c': moment.iso,
	'd': func(m moment) string { return fmt.Sprintf("%02d", m.t.Day()) },
	'D': func(m moment) string { return m.t.Weekday().String()[:3] },
	'E': func(m moment) string { return m.t.Month().String() },
	'F': func(m moment) string { return m.t.Month().String() },
	'I': func(m moment) string { return pick(m.dateOnly, "", "0") },
	'j': func(m moment) string { return strconv.Itoa(m.t.Day()) },
	'l': func(m moment) string { return m.t.Weekday().String() },
	'L': func(m moment) string { return pick(isLeap(m.t.Year()), "True", "False") },
	'm': func(m moment) string { return fmt.Sprintf("%02d", int(m.t.Month())) },
	'M': monthAbbr,
	'n': func(m moment) string { return strconv.Itoa(int(m.t.Month())) },
	'N': func(m moment) string { return monthsAP[m.t.Month()-1] },
	'o': func(m moment) string { y, _ := m.t.ISOWeek(); return strconv.Itoa(y) },
	'r': func(m moment) string { return m.t.Format("Mon, 02 Jan 2006 15:04:05 -0700") },
	'S': moment.suffix,
	't': func(m moment) string { return strconv.Itoa(daysIn(m.t)) },
	'U': func(m moment) string { return strconv.FormatInt(m.t.Unix(), 10) },
	'w': func(m moment) string { return strconv.Itoa(int(m.t.Weekday())) },
	'W': func(m moment) string { _, w := m.t.ISOWeek(); return strconv.Itoa(w) },
	'y': func(m moment) string { return fmt.Sprintf("%02d", m.t.Year()%100) },
	'Y': func(m moment) string { return fmt.Sprintf("%04d", m.t.Year()) },
	'z': func(m moment) string { return strconv.Itoa(m.t.YearDay()) },
}
