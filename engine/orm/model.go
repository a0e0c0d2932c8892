// Package orm reproduces Django 5.2's ORM on the lab's sample models:
// managers, lazy QuerySets with result caching, related-object access and
// the SQL Django's SQLite backend emits. Its values are Starlark values so
// scripts use them as Django code would.
//
// Files follow Django's modules where a Django reader would look for
// them: query.go, filter.go and promote.go are django/db/models/sql/query.py
// (Query, build_filter, JoinPromoter); compiler*.go is sql/compiler.py;
// where*.go is sql/where.py; expressions*.go, functions*.go and window*.go
// are expressions.py and functions/; query_utils.go holds Q; queryset*.go
// is the QuerySet of query.py, one file per group of methods;
// related_descriptors*.go are the related managers; deletion.go is the
// Collector; write_*.go are the other write paths.
// See https://docs.djangoproject.com/en/5.2/topics/db/queries/
package orm

import "sort"

// Kind is a model field's type, which decides how values are converted
// between Python and SQLite.
type Kind int

// Field kinds used by the sample models.
const (
	AutoField Kind = iota
	CharField
	TextField
	IntegerField
	FloatField
	BooleanField
	DateField
	DateTimeField
	ForeignKey
	ManyToManyField
	// EmailField is a CharField subclass: stored and converted as one,
	// named apart in messages and output-field checks.
	EmailField
	// DurationField values are timedeltas, stored by SQLite as integer
	// microseconds: what F("mod_date") - F("pub_date") yields.
	DurationField
)

// Field is one model field.
type Field struct {
	Name   string // Python name: "author"
	Column string // database column: "author_id"; "" for many-to-many
	Kind   Kind
	Model  *Model // the model declaring the field
	// Target is the related model of a ForeignKey or ManyToManyField.
	Target *Model
	// Through is the join table of a ManyToManyField.
	Through *Through
	// Unique is set for unique=True fields (Book.isbn).
	Unique bool
	// MaxLength is a CharField's max_length when a script gives one
	// (models.CharField(max_length=10) as Cast's output_field).
	MaxLength int
}

// Attname is the instance attribute holding the field's raw value:
// "author_id" for a ForeignKey, the name otherwise.
func (f *Field) Attname() string {
	if f.Kind == ForeignKey {
		return f.Column
	}
	return f.Name
}

// IsRelation reports whether the field points at another model.
func (f *Field) IsRelation() bool { return f.Kind == ForeignKey || f.Kind == ManyToManyField }

// Through is the automatically created join table of a ManyToManyField.
type Through struct {
	Table        string // "library_book_genres"
	SourceColumn string // "book_id"
	TargetColumn string // "genre_id"
	// Model is the auto-created through model (Book_genres).
	Model *Model
}

// Relation is the reverse side of a ForeignKey or ManyToManyField, seen
// from the model it points at: Author.book_set for Book.author.
type Relation struct {
	Field *Field // the forward field (Book.author)
	// Accessor is the reverse manager's attribute name: "book_set".
	Accessor string
	// QueryName is the name used in lookups: "book".
	QueryName string
}

// Model describes one Django model of the sample app.
type Model struct {
	Name  string // "Book"
	Table string // "library_book"
	// Fields are the concrete fields in column order, the primary key first.
	Fields []*Field
	// ManyToMany are the model's many-to-many fields.
	ManyToMany []*Field
	// Reverse are the relations pointing at this model.
	Reverse []*Relation
	// StrField is the field __str__ returns.
	StrField string
}

// PK returns the primary-key field.
func (m *Model) PK() *Field { return m.Fields[0] }

// Field returns the concrete or many-to-many field called name (or with
// that attname), or nil.
func (m *Model) Field(name string) *Field {
	for _, f := range m.Fields {
		if f.Name == name || f.Attname() == name {
			return f
		}
	}
	for _, f := range m.ManyToMany {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// ReverseByQueryName returns the reverse relation used in lookups as name.
func (m *Model) ReverseByQueryName(name string) *Relation {
	for _, r := range m.Reverse {
		if r.QueryName == name {
			return r
		}
	}
	return nil
}

// ReverseByAccessor returns the reverse relation whose manager is name.
func (m *Model) ReverseByAccessor(name string) *Relation {
	for _, r := range m.Reverse {
		if r.Accessor == name {
			return r
		}
	}
	return nil
}

// Choices lists the names a lookup may start with, sorted, as Django's
// FieldError message prints them.
func (m *Model) Choices() []string {
	seen := map[string]bool{}
	for _, f := range m.Fields {
		seen[f.Name], seen[f.Attname()] = true, true
	}
	for _, f := range m.ManyToMany {
		seen[f.Name] = true
	}
	for _, r := range m.Reverse {
		seen[r.QueryName] = true
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
