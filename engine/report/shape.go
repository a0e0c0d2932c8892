package report

import (
	"strings"
	"unicode"

	"ormlab/engine/db"
	"ormlab/engine/sqlinfo"
)

// shape is what the statements of one template share: the key that groups
// them, the template shown to the learner and, for raw SQL, its pg_query
// fingerprint.
type shape struct {
	Key         string
	Template    string
	Fingerprint string
}

// shapes computes statement shapes, parsing each distinct text once.
type shapes map[string]shape

// of returns the shape of s. ORM statements are keyed by their template, as
// Django Debug Toolbar does; their template already is their identity, so
// they are not parsed. Raw SQL usually carries its values inline, so it is
// keyed by its fingerprint and shown normalized; SQL PostgreSQL cannot
// parse falls back to its text. Only raw SQL therefore wakes the pg_query
// parser, whose first use costs about 0.1 s under js/wasm.
func (c shapes) of(s db.Statement) shape {
	raw := s.Cause.Kind == db.CauseRaw
	text := s.Template
	if raw || text == "" {
		text = s.SQL
	}
	cacheKey := text
	if raw {
		cacheKey = "raw\x00" + text
	}
	sh, ok := c[cacheKey]
	if !ok {
		sh = newShape(text, raw)
		c[cacheKey] = sh
	}
	return sh
}

func newShape(text string, raw bool) shape {
	if !raw {
		return shape{Key: "template\x00" + text, Template: text}
	}
	fp, err := sqlinfo.Fingerprint(text)
	if err != nil {
		return shape{Key: "text\x00" + text, Template: text}
	}
	sh := shape{Key: "fingerprint\x00" + fp, Template: text, Fingerprint: fp}
	if n, err := sqlinfo.Normalize(text); err == nil {
		sh.Template = n
	}
	return sh
}

// isTransactionControl reports whether sql only begins, ends or marks a
// transaction: Django logs these (BEGIN before a write it wraps), but they
// neither repeat work worth grouping nor have a query plan.
func isTransactionControl(sql string) bool {
	first := strings.TrimLeftFunc(sql, unicode.IsSpace)
	if end := strings.IndexFunc(first, unicode.IsSpace); end >= 0 {
		first = first[:end]
	}
	switch strings.ToUpper(strings.TrimRight(first, ";")) {
	case "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE":
		return true
	}
	return false
}
