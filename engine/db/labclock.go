package db

import (
	"strings"
	"time"
)

// SetClock puts SQLite's clock on now, the lab clock: a statement that
// reads the time (Now() sends STRFTIME(..., 'NOW')) runs with the lab's
// time where it asks SQLite's, so runs stay reproducible and agree with
// timezone.now(). What the log shows is the SQL as sent, unchanged.
func (d *DB) SetClock(now func() time.Time) {
	d.now = now
}

// onClock returns sql with every read of SQLite's clock replaced by a
// literal of now: a 'now' time-value given to a date and time function,
// and the CURRENT_TIMESTAMP, CURRENT_DATE and CURRENT_TIME keywords.
// String literals, quoted names and comments are otherwise left alone.
// See https://sqlite.org/lang_datefunc.html
func onClock(sql string, now time.Time) string {
	if !readsClock(sql) {
		return sql
	}
	s := clockScanner{sql: sql, now: now}
	for s.i < len(sql) {
		s.step()
	}
	return s.out.String()
}

// mayReadClock tells which statements onClock must read: the script's own
// SQL, and the ORM's when Now() put Django's 'NOW' in it (the ORM reads
// the clock nowhere else). Every statement passes here, so the ORM's are
// tested with one fast substring search instead of a scan.
func mayReadClock(sql string, cause Cause) bool {
	return cause.Kind == CauseRaw || strings.Contains(sql, "'NOW'")
}

// readsClock is a quick test for text that may read the clock: "now" or
// "cur" in any case. Every statement passes through it, so it compares
// bytes, folding ASCII letters.
func readsClock(sql string) bool {
	for i := 0; i+3 <= len(sql); i++ {
		a, b, c := sql[i]|0x20, sql[i+1]|0x20, sql[i+2]|0x20
		if (a == 'n' && b == 'o' && c == 'w') || (a == 'c' && b == 'u' && c == 'r') {
			return true
		}
	}
	return false
}

// dateFunctions are SQLite's functions taking a time-value.
var dateFunctions = map[string]bool{"date": true, "time": true, "datetime": true, "julianday": true, "unixepoch": true, "strftime": true, "timediff": true}

// clockScanner copies SQL token by token, tracking which function call
// each open parenthesis belongs to.
type clockScanner struct {
	sql   string
	now   time.Time
	i     int
	out   strings.Builder
	calls []string // the function name of each open parenthesis, or ""
	last  string   // the name just before, lower case, or ""
}

func (s *clockScanner) step() {
	c := s.sql[s.i]
	switch {
	case c == '\'':
		s.literal()
	case c == '"' || c == '`' || c == '[':
		s.copyTo(quotedEnd(s.sql, s.i), "")
	case strings.HasPrefix(s.sql[s.i:], "--"):
		s.copyTo(lineEnd(s.sql, s.i), s.last)
	case strings.HasPrefix(s.sql[s.i:], "/*"):
		s.copyTo(commentEnd(s.sql, s.i), s.last)
	case isNameByte(c) && !isDigit(c):
		s.word()
	case c == '(':
		s.calls = append(s.calls, s.last)
		s.copyTo(s.i+1, "")
	case c == ')':
		if len(s.calls) > 0 {
			s.calls = s.calls[:len(s.calls)-1]
		}
		s.copyTo(s.i+1, "")
	case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		s.copyTo(s.i+1, s.last)
	default:
		s.copyTo(s.i+1, "")
	}
}

// copyTo copies up to end and sets the name a '(' would call.
func (s *clockScanner) copyTo(end int, last string) {
	s.out.WriteString(s.sql[s.i:end])
	s.i, s.last = end, last
}

// literal copies a string literal, or the lab time for 'now' inside a
// date and time function.
func (s *clockScanner) literal() {
	end := quotedEnd(s.sql, s.i)
	lit := s.sql[s.i:end]
	if strings.EqualFold(lit, "'now'") && len(s.calls) > 0 && dateFunctions[s.calls[len(s.calls)-1]] {
		lit = "'" + s.now.Format("2006-01-02 15:04:05.000") + "'"
	}
	s.out.WriteString(lit)
	s.i, s.last = end, ""
}

// word copies a name or keyword, or a literal for a clock keyword.
func (s *clockScanner) word() {
	end := s.i
	for end < len(s.sql) && isNameByte(s.sql[end]) {
		end++
	}
	w := s.sql[s.i:end]
	switch strings.ToUpper(w) {
	case "CURRENT_TIMESTAMP":
		w = "'" + s.now.Format("2006-01-02 15:04:05") + "'"
	case "CURRENT_DATE":
		w = "'" + s.now.Format("2006-01-02") + "'"
	case "CURRENT_TIME":
		w = "'" + s.now.Format("15:04:05") + "'"
	}
	s.out.WriteString(w)
	s.last, s.i = strings.ToLower(s.sql[s.i:end]), end
}

func isNameByte(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// quotedEnd is the index after the quoted token starting at i: '...',
// "...", `...` with doubled quotes inside, or [...].
func quotedEnd(sql string, i int) int {
	closing := sql[i]
	if closing == '[' {
		closing = ']'
	}
	for j := i + 1; j < len(sql); j++ {
		if sql[j] != closing {
			continue
		}
		if closing != ']' && j+1 < len(sql) && sql[j+1] == closing {
			j++
			continue
		}
		return j + 1
	}
	return len(sql)
}

func lineEnd(sql string, i int) int {
	if n := strings.IndexByte(sql[i:], '\n'); n >= 0 {
		return i + n
	}
	return len(sql)
}

func commentEnd(sql string, i int) int {
	if n := strings.Index(sql[i+2:], "*/"); n >= 0 {
		return i + 2 + n + 2
	}
	return len(sql)
}
