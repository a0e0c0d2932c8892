package orm

import "strings"

// Library holds the sample app's models by name. They match
// ../shared/schema.sql: what Django's migrate creates for app "library".
var Library = buildLibrary()

// ModelNames lists the models in declaration order.
var ModelNames = []string{"Country", "Author", "Publisher", "Genre", "Book", "Blog", "Entry", "Comment"}

type fieldSpec struct {
	name   string
	kind   Kind
	target string
}

var librarySpecs = map[string][]fieldSpec{
	"Country":   {{"name", CharField, ""}, {"code", CharField, ""}},
	"Author":    {{"name", CharField, ""}, {"email", EmailField, ""}, {"bio", TextField, ""}, {"country", ForeignKey, "Country"}},
	"Publisher": {{"name", CharField, ""}, {"country", ForeignKey, "Country"}},
	"Genre":     {{"name", CharField, ""}},
	"Book": {{"title", CharField, ""}, {"author", ForeignKey, "Author"}, {"publisher", ForeignKey, "Publisher"},
		{"genres", ManyToManyField, "Genre"}, {"published_date", DateField, ""}, {"pages", IntegerField, ""},
		{"price", FloatField, ""}, {"isbn", CharField, ""}, {"description", TextField, ""}},
	"Blog": {{"name", CharField, ""}, {"tagline", TextField, ""}},
	"Entry": {{"blog", ForeignKey, "Blog"}, {"headline", CharField, ""}, {"body_text", TextField, ""},
		{"pub_date", DateField, ""}, {"mod_date", DateField, ""}, {"authors", ManyToManyField, "Author"},
		{"number_of_comments", IntegerField, ""}, {"number_of_pingbacks", IntegerField, ""}, {"rating", IntegerField, ""}},
	"Comment": {{"entry", ForeignKey, "Entry"}, {"author_name", CharField, ""}, {"text", TextField, ""},
		{"approved", BooleanField, ""}, {"created_at", DateTimeField, ""}},
}

var strFields = map[string]string{
	"Country": "name", "Author": "name", "Publisher": "name", "Genre": "name",
	"Book": "title", "Blog": "name", "Entry": "headline", "Comment": "author_name",
}

func buildLibrary() map[string]*Model {
	models := map[string]*Model{}
	for _, name := range ModelNames {
		models[name] = &Model{Name: name, Table: "library_" + strings.ToLower(name), StrField: strFields[name]}
	}
	for _, name := range ModelNames {
		addFields(models, models[name])
	}
	for _, name := range ModelNames {
		addReverse(models[name])
	}
	for _, name := range ModelNames {
		for _, f := range models[name].ManyToMany {
			f.Through.Model = throughModel(f)
		}
	}
	return models
}

// throughModel is the model Django creates for a many-to-many join table
// (Book_genres): two ForeignKeys whose reverse relations are hidden.
func throughModel(f *Field) *Model {
	th := f.Through
	m := &Model{Name: f.Model.Name + "_" + f.Name, Table: th.Table}
	m.Fields = []*Field{
		{Name: "id", Column: "id", Kind: AutoField, Model: m},
		{Name: strings.TrimSuffix(th.SourceColumn, "_id"), Column: th.SourceColumn, Kind: ForeignKey, Model: m, Target: f.Model},
		{Name: strings.TrimSuffix(th.TargetColumn, "_id"), Column: th.TargetColumn, Kind: ForeignKey, Model: m, Target: f.Target},
	}
	return m
}

func addFields(models map[string]*Model, m *Model) {
	m.Fields = append(m.Fields, &Field{Name: "id", Column: "id", Kind: AutoField, Model: m})
	for _, s := range librarySpecs[m.Name] {
		f := &Field{Name: s.name, Column: s.name, Kind: s.kind, Model: m, Target: models[s.target]}
		switch s.kind {
		case ForeignKey:
			f.Column = s.name + "_id"
		case ManyToManyField:
			f.Column = ""
			f.Through = &Through{
				Table:        m.Table + "_" + s.name,
				SourceColumn: strings.ToLower(m.Name) + "_id",
				TargetColumn: strings.ToLower(s.target) + "_id",
			}
			m.ManyToMany = append(m.ManyToMany, f)
			continue
		}
		f.Unique = m.Name == "Book" && s.name == "isbn"
		m.Fields = append(m.Fields, f)
	}
}

// addReverse registers m's relations on the models they point at, in
// field order, as Django's app registry does.
func addReverse(m *Model) {
	for _, s := range librarySpecs[m.Name] {
		f := m.Field(s.name)
		if !f.IsRelation() {
			continue
		}
		lower := strings.ToLower(m.Name)
		f.Target.Reverse = append(f.Target.Reverse, &Relation{Field: f, Accessor: lower + "_set", QueryName: lower})
	}
}
