package orm

import (
	"strconv"
	"strings"

	"go.starlark.net/starlark"
)

// multiValued reports whether a lookup path crosses a reverse ForeignKey
// or a many-to-many relation, where one row can match many.
func (rp *resolvedPath) multiValued() bool {
	for _, s := range rp.steps {
		if s.rel != nil || s.field.Kind == ManyToManyField {
			return true
		}
	}
	return false
}

// splitExclude builds the condition Django's Query.split_exclude builds
// for a negated lookup across a multi-valued relation: a correlated
// EXISTS subquery, so "no related row matches" rather than "some related
// row does not match".
func (qr *Query) splitExclude(sess *Session, rp *resolvedPath, path string, value starlark.Value) (Condition, bool, error) {
	first := rp.steps[0]
	if first.field != nil && first.field.Kind == ForeignKey {
		return nil, false, nil
	}
	if n := len(rp.lookups); n > 0 && rp.lookups[n-1] == "isnull" && value == starlark.True {
		return qr.excludeIsNull(sess, path)
	}
	if e, ok := value.(*Expression); ok && e.kind == exprF { // F() names the outer row
		value = &Expression{kind: exprOuterRef, name: e.name}
	}
	inner, innerCol, rest := existsBase(first, path)
	if rest != "" {
		if err := inner.addQ(sess, &Q{Conn: "AND", Children: []qChild{&qLeaf{path: rest, value: value}}}, 1); err != nil {
			return nil, false, err
		}
		if err := qr.bindOuterRefs(sess, inner.Where); err != nil {
			return nil, false, err
		}
	}
	return &existsCond{sub: inner, innerCol: innerCol, outerAlias: qr.Base(), outerCol: "id"}, true, nil
}

// excludeIsNull is split_exclude for isnull=True: the LEFT OUTER join
// it needs keeps the subquery from being trimmed, so it starts at the
// outer model itself (U0) and is correlated on its primary key.
func (qr *Query) excludeIsNull(sess *Session, path string) (Condition, bool, error) {
	inner := NewQuery(qr.Model)
	if err := inner.addQ(sess, &Q{Conn: "AND", Children: []qChild{&qLeaf{path: path, value: starlark.True}}}, 1); err != nil {
		return nil, false, err
	}
	return &existsCond{sub: inner, innerCol: "id", outerAlias: qr.Base(), outerCol: "id", untrimmed: true}, true, nil
}

// existsBase starts the subquery at the first multi-valued hop: the
// related model for a reverse ForeignKey, the through model for a
// many-to-many, returning the column that refers back to the outer row
// and the rest of the lookup path seen from there.
func existsBase(first pathStep, path string) (*Query, string, string) {
	_, rest, _ := strings.Cut(path, "__")
	switch {
	case first.rel != nil && first.rel.Field.Kind == ForeignKey:
		return NewQuery(first.rel.Field.Model), first.rel.Field.Column, pkPath(first.rel.Field.Model, rest)
	case first.rel != nil:
		th := first.rel.Field.Through
		return NewQuery(th.Model), th.TargetColumn, joinPath(strings.TrimSuffix(th.SourceColumn, "_id"), rest)
	}
	th := first.field.Through
	return NewQuery(th.Model), th.SourceColumn, joinPath(strings.TrimSuffix(th.TargetColumn, "_id"), rest)
}

// pkPath is the lookup on the related model itself (book=5, book__in=
// [...]) as a lookup on its primary key.
func pkPath(m *Model, rest string) string {
	head, _, _ := strings.Cut(rest, "__")
	if rest == "" || (m.Field(head) == nil && m.ReverseByQueryName(head) == nil && head != "pk") {
		return joinPath("id", rest)
	}
	return rest
}

func joinPath(head, rest string) string {
	if rest == "" || rest == "exact" {
		return head
	}
	return head + "__" + rest
}

// existsCond is EXISTS(SELECT 1 AS "a" FROM ... WHERE (... AND
// U1."fk" = ("outer"."id")) LIMIT 1), its aliases numbered from U1 as
// the trimmed outer table would have been U0.
type existsCond struct {
	sub        *Query
	innerCol   string
	outerAlias string
	outerCol   string
	// untrimmed numbers the aliases from U0: the subquery kept its first
	// table.
	untrimmed bool
}

func (e *existsCond) sql(c *compiler) (string, []any, error) {
	sub := &compiler{q: e.sub.Clone(), names: map[string]string{}, parent: c}
	prefix := "U"
	if hasSubquery(sub.q.Where) { // bump_prefix: the inner subquery took U
		prefix = "V"
	}
	first := 1
	if e.untrimmed {
		first = 0
	}
	for i, a := range sub.q.aliases {
		sub.names[a.Name] = prefix + strconv.Itoa(i+first)
	}
	outer := "(" + c.col(e.outerAlias, e.outerCol) + ")"
	sub.q.Where.add(&rawCond{text: sub.col(sub.q.Base(), e.innerCol) + " = " + outer}, "AND")
	sub.q.SetLimits(0, 1)
	s, p, err := sub.existsBody(false, true)
	if err == errEmpty { // Django compiles the empty EXISTS as its false value
		return "0", nil, nil
	}
	if err != nil {
		return "", nil, err
	}
	return "EXISTS(" + s + ")", p, nil
}

// rawCond is a condition whose SQL is already complete.
type rawCond struct{ text string }

func (r *rawCond) sql(*compiler) (string, []any, error) { return r.text, nil, nil }

// hasSubquery reports an __in subquery among the conditions of n.
func hasSubquery(n *Node) bool {
	for _, ch := range n.Children {
		switch ch := ch.(type) {
		case *Node:
			if hasSubquery(ch) {
				return true
			}
		case *Lookup:
			if ch.Sub != nil {
				return true
			}
		}
	}
	return false
}
