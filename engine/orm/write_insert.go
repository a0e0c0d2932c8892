package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// insert is one INSERT statement as Django 5.2's SQLInsertCompiler
// writes it for SQLite 3.35+: one VALUES row per object and, when Django
// reads the primary keys back, RETURNING "table"."id".
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#bulk-create
type insert struct {
	model  *Model
	fields []*Field
	rows   [][]any
	ignore bool // INSERT OR IGNORE: bulk_create(ignore_conflicts=True)
	// onConflict is the ON CONFLICT ... DO UPDATE clause of
	// bulk_create(update_conflicts=True), or "".
	onConflict string
	returning  bool
}

// sql renders the statement template and its parameters.
func (s *insert) sql() (string, []any) {
	cols := make([]string, len(s.fields))
	for n, f := range s.fields {
		cols[n] = quote(f.Column)
	}
	marks := "(" + strings.TrimSuffix(strings.Repeat("%s, ", len(s.fields)), ", ") + ")"
	rows := make([]string, len(s.rows))
	var params []any
	for n, row := range s.rows {
		rows[n] = marks
		params = append(params, row...)
	}
	head := "INSERT INTO "
	if s.ignore {
		head = "INSERT OR IGNORE INTO "
	}
	sql := head + quote(s.model.Table) + " (" + strings.Join(cols, ", ") + ") VALUES " + strings.Join(rows, ", ") + s.onConflict
	if s.returning {
		sql += " RETURNING " + quote(s.model.Table) + "." + quote("id")
	}
	return sql, params
}

// run sends the statement and returns the primary keys it returned.
func (s *insert) run(sess *Session) ([]starlark.Value, error) {
	sql, params := s.sql()
	res, _, err := sess.execute(sql, params, writeCause(s.model))
	if err != nil {
		return nil, err
	}
	ids := make([]starlark.Value, len(res.Rows))
	for n, row := range res.Rows {
		ids[n] = intValue(row[0])
	}
	return ids, nil
}

// insertFields are the columns an INSERT names: every concrete field,
// without the primary key when the database assigns it.
func insertFields(m *Model, withPK bool) []*Field {
	if withPK {
		return m.Fields
	}
	return m.Fields[1:]
}

// insertRow reads the values of fields from inst, prepared for saving.
func (i *Instance) insertRow(fields []*Field) ([]any, error) {
	row := make([]any, len(fields))
	for n, f := range fields {
		p, err := i.saveParam(f)
		if err != nil {
			return nil, err
		}
		row[n] = p
	}
	return row, nil
}

// saveParam is pre_save() then get_db_prep_save(): the value Django binds
// for field f of this instance. Reading it loads a deferred field first,
// as getattr does in Django.
func (i *Instance) saveParam(f *Field) (any, error) {
	v, err := i.field(f)
	if err != nil {
		return nil, err
	}
	return prepValue(f, v, "exact")
}

// hasPK reports whether the primary key is set (Model._is_pk_set()).
func (i *Instance) hasPK() bool {
	v, ok := i.vals["id"]
	return ok && v != starlark.None
}
