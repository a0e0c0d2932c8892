package db

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Quote renders a parameter as an SQL literal the way SQLite's quote()
// function does, which is how Django's SQLite backend shows parameters in
// connection.queries (it runs SELECT QUOTE(?) on each one).
// See https://sqlite.org/lang_corefunc.html#quote
//
// Strings are single-quoted with quotes doubled (and end at a NUL, as in
// SQLite), integers and booleans print in decimal, nil is NULL, bytes are
// X'HEX'. Floats are quoted by SQLite itself: its output ("10.0",
// "1.0e+20", "0.33333333333333332") depends on SQLite's own decimal
// conversion, which no Go formatting reproduces digit for digit.
func Quote(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case bool:
		return strconv.Itoa(boolInt(v))
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return quoteReal(v)
	case string:
		return quoteText(v)
	case []byte:
		return fmt.Sprintf("X'%X'", v)
	}
	if n, err := normalizeParam(v); err == nil {
		return Quote(n)
	}
	return quoteText(fmt.Sprint(v))
}

// quoteText quotes s as an SQL string literal.
func quoteText(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// realQuoter is a private connection that quotes floats with SQLite's
// quote(), shared by all databases and goroutines.
var realQuoter struct {
	sync.Mutex
	stmt *sqliteStmt
}

// quoteReal returns SQLite's quote() of f; if SQLite cannot be reached,
// which is never expected, Go's shortest round-trip form.
func quoteReal(f float64) string {
	realQuoter.Lock()
	defer realQuoter.Unlock()
	if realQuoter.stmt == nil {
		stmt, err := prepareQuoter()
		if err != nil {
			return strconv.FormatFloat(f, 'g', -1, 64)
		}
		realQuoter.stmt = stmt
	}
	res, _, err := realQuoter.stmt.run([]any{f}, stmtBudget{})
	if err != nil || len(res.Rows) != 1 {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	s, _ := res.Rows[0][0].(string)
	return s
}

// prepareQuoter opens the connection realQuoter uses.
func prepareQuoter() (*sqliteStmt, error) {
	conn, err := openConn()
	if err != nil {
		return nil, err
	}
	stmt, _, err := conn.prepare("SELECT quote(?)")
	if err != nil {
		conn.close()
	}
	return stmt, err
}

// Interpolate renders a statement the way Django 5.2's SQLite backend
// last_executed_query does: with no parameters the template is returned
// unchanged; otherwise it is formatted with Python's % operator, each %s
// replaced by the next parameter quoted by Quote and each %% by %.
// See https://docs.djangoproject.com/en/5.2/faq/models/#how-can-i-see-the-raw-sql-queries-django-is-running
func Interpolate(template string, params []any) string {
	if len(params) == 0 {
		return template
	}
	var b strings.Builder
	b.Grow(len(template) + 8*len(params))
	next := 0
	for {
		// Copy up to the next % in one piece (see convertQuery).
		i := strings.IndexByte(template, '%')
		if i < 0 || i+1 == len(template) {
			b.WriteString(template)
			return b.String()
		}
		b.WriteString(template[:i])
		switch {
		case template[i+1] == '%':
			b.WriteByte('%')
			template = template[i+2:]
		case template[i+1] == 's' && next < len(params):
			b.WriteString(Quote(params[next]))
			next++
			template = template[i+2:]
		default:
			b.WriteByte('%')
			template = template[i+1:]
		}
	}
}

// boolInt returns 1 for true and 0 for false, as SQLite stores booleans.
func boolInt(v bool) int {
	if v {
		return 1
	}
	return 0
}
