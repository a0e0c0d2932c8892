package orm

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// Q is django.db.models.Q: lookups joined by AND or OR, maybe negated,
// combined with & | ~ into trees.
// See https://docs.djangoproject.com/en/5.2/topics/db/queries/#complex-lookups-with-q-objects
type Q struct {
	Conn     string // "AND" or "OR"
	Negated  bool
	Children []qChild
}

// qChild is a *Q or a *qLeaf.
type qChild interface{ qChild() }

// qLeaf is one keyword lookup inside a Q.
type qLeaf struct {
	path  string
	value starlark.Value
}

// qExpr is a boolean expression inside a Q: Q(Exists(...)).
type qExpr struct{ e *Expression }

func (*Q) qChild()     {}
func (*qLeaf) qChild() {}
func (*qExpr) qChild() {}

var (
	_ starlark.HasBinary = (*Q)(nil)
	_ starlark.HasUnary  = (*Q)(nil)
)

// String implements starlark.Value with the repr.
func (q *Q) String() string { return q.PyRepr() }

// PyStr is str(q), as tree.Node.__str__ prints it: (AND: ('a', 1)).
func (q *Q) PyStr() string { return q.tree() }

// PyRepr implements py.Reprer: <Q: (AND: ('a', 1))>.
func (q *Q) PyRepr() string { return "<Q: " + q.tree() + ">" }

func (q *Q) tree() string {
	parts := make([]string, len(q.Children))
	for i, ch := range q.Children {
		switch ch := ch.(type) {
		case *Q:
			parts[i] = ch.tree()
		case *qLeaf:
			parts[i] = fmt.Sprintf("(%s, %s)", py.Quote(ch.path), py.Repr(ch.value))
		}
	}
	s := "(" + q.Conn + ": " + strings.Join(parts, ", ") + ")"
	if q.Negated {
		s = "(NOT " + s + ")"
	}
	return s
}

// Type implements starlark.Value.
func (q *Q) Type() string { return "Q" }

// Freeze implements starlark.Value.
func (q *Q) Freeze() {}

// Truth implements starlark.Value: an empty Q is false.
func (q *Q) Truth() starlark.Bool { return len(q.Children) > 0 }

// Hash implements starlark.Value.
func (q *Q) Hash() (uint32, error) { return 0, typeError("unhashable type: 'Q'") }

// qConnectors are the operators that combine Q objects: & | and ^.
var qConnectors = map[syntax.Token]string{syntax.AMP: "AND", syntax.PIPE: "OR", syntax.CIRCUMFLEX: "XOR"}

// Binary implements & | and ^ as Q._combine does; the other operand may
// be a conditional expression such as Exists(...).
func (q *Q) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	conn, ok := qConnectors[op]
	if !ok {
		return nil, nil
	}
	other, ok := y.(*Q)
	if e, isExpr := y.(*Expression); isExpr && e.conditional() {
		other, ok = &Q{Conn: "AND", Children: []qChild{&qExpr{e: e}}}, true
	}
	if !ok {
		return nil, nil
	}
	if side == starlark.Right {
		q, other = other, q
	}
	return q.combine(other, conn), nil
}

// combine is Q._combine: an empty side gives a copy of the other.
func (q *Q) combine(other *Q, conn string) *Q {
	switch {
	case len(other.Children) == 0:
		return q.copy()
	case len(q.Children) == 0:
		return other.copy()
	}
	out := &Q{Conn: conn}
	out.add(q.copy(), conn)
	out.add(other.copy(), conn)
	return out
}

// Unary implements ~q.
func (q *Q) Unary(op syntax.Token) (starlark.Value, error) {
	if op != syntax.TILDE {
		return nil, nil
	}
	c := q.copy()
	c.Negated = !c.Negated
	return c, nil
}

func (q *Q) copy() *Q {
	return &Q{Conn: q.Conn, Negated: q.Negated, Children: append([]qChild(nil), q.Children...)}
}

// add mirrors tree.Node.add so combined Q objects nest as in Django.
func (q *Q) add(data *Q, conn string) {
	if q.Conn != conn {
		inner := q.copy()
		q.Conn, q.Negated, q.Children = conn, false, []qChild{inner, data}
		return
	}
	if !data.Negated && (data.Conn == conn || len(data.Children) == 1) {
		q.Children = append(q.Children, data.Children...)
		return
	}
	q.Children = append(q.Children, data)
}

// q_new is the Q(...) constructor.
func qNew(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return newQ(args, kwargs)
}
