package db

import "strings"

// sqlFor returns the SQL SQLite executes for a template: verbatim when
// params is nil, as Django's cursor wrapper does, converted otherwise.
func sqlFor(template string, params []any) string {
	if params == nil {
		return template
	}
	return convertQuery(template)
}

// convertQuery turns a template into the SQL SQLite executes, as Django's
// SQLiteCursorWrapper.convert_query does: each %s not preceded by % becomes
// ?, then each %% becomes %.
func convertQuery(template string) string {
	if !strings.Contains(template, "%") {
		return template
	}
	// Copy the text between markers in one piece: a loop of WriteByte
	// costs a call per byte, which shows under js/wasm.
	var b strings.Builder
	b.Grow(len(template))
	done := 0
	for from := 0; ; {
		i := indexFrom(template, "%s", from)
		if i < 0 {
			break
		}
		from = i + 2
		if i > 0 && template[i-1] == '%' {
			continue
		}
		b.WriteString(template[done:i])
		b.WriteByte('?')
		done = from
	}
	b.WriteString(template[done:])
	return strings.ReplaceAll(b.String(), "%%", "%")
}

// hasStatement reports whether sql holds more than whitespace and
// comments, as Python's sqlite3 module checks the tail of a statement.
func hasStatement(sql string) bool {
	for i := 0; i < len(sql); i++ {
		switch {
		case sql[i] == ' ' || sql[i] == '\t' || sql[i] == '\n' || sql[i] == '\r' || sql[i] == '\f':
		case sql[i] == '-' && i+1 < len(sql) && sql[i+1] == '-':
			for i < len(sql) && sql[i] != '\n' {
				i++
			}
		case sql[i] == '/' && i+1 < len(sql) && sql[i+1] == '*':
			end := indexFrom(sql, "*/", i+2)
			if end < 0 {
				return false
			}
			i = end + 1
		default:
			return true
		}
	}
	return false
}

// indexFrom returns the index of sub in s at or after from, or -1.
func indexFrom(s, sub string, from int) int {
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}
