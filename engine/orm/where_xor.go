package orm

import (
	"errors"
	"strings"
)

// xorSQL compiles an XOR node the way WhereNode.as_sql does on a
// database without a logical XOR (SQLite): a XOR b XOR c becomes
// (a OR b OR c) AND 1 = MOD(CASE WHEN a THEN 1 ELSE 0 END + ..., 2),
// true when an odd number of children hold; with two children the MOD
// is left out.
// See https://docs.djangoproject.com/en/5.2/topics/db/queries/#complex-lookups-with-q-objects
func (n *Node) xorSQL(c *compiler) (string, []any, error) {
	anyOf := &Node{Conn: "OR", Children: n.Children}
	odd := &xorCount{children: n.Children}
	return (&Node{Conn: "AND", Negated: n.Negated, Children: []Condition{anyOf, odd}}).sql(c)
}

// xorCount is the 1 = (sum of CASE WHEN child THEN 1 ELSE 0 END) half of
// the XOR emulation.
type xorCount struct{ children []Condition }

func (x *xorCount) sql(c *compiler) (string, []any, error) {
	var sum string
	var params []any
	for i, ch := range x.children {
		s, p, err := caseWhenOne(c, ch)
		if err != nil {
			return "", nil, err
		}
		params = append(params, p...)
		if i == 0 {
			sum = s
			continue
		}
		sum = "(" + sum + " + " + s + ")"
	}
	if len(x.children) > 2 {
		sum, params = "MOD("+sum+", %s)", append(params, int64(2))
	}
	if !strings.HasPrefix(sum, "(") {
		sum = "(" + sum + ")"
	}
	return "%s = " + sum, append([]any{int64(1)}, params...), nil
}

// caseWhenOne is Case(When(cond, then=1), default=0): a condition that
// can match nothing leaves only the default, one that matches everything
// only the result.
func caseWhenOne(c *compiler, cond Condition) (string, []any, error) {
	s, p, err := cond.sql(c)
	switch {
	case errors.Is(err, errEmpty):
		return "%s", []any{int64(0)}, nil
	case errors.Is(err, errFull):
		return "%s", []any{int64(1)}, nil
	case err != nil:
		return "", nil, err
	}
	return "CASE WHEN " + s + " THEN %s ELSE %s END", append(p, int64(1), int64(0)), nil
}
