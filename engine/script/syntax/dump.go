package syntax

import (
	"strconv"
	"strings"
)

// Dump returns what CPython 3.12's ast.dump(node) prints for n (a
// *Module or any node): fields by name, optional fields left out when
// absent, and no positions. Tests compare it with CPython's own dump.
func Dump(n any) string {
	var d dumper
	d.value(n)
	return d.b.String()
}

// dumper writes a dump; with attrs set it adds positions, as
// ast.dump(node, include_attributes=True) does (the tests use that).
type dumper struct {
	b       strings.Builder
	attrs   bool
	pending *Pos // the position of the node whose fields come next
}

// omitted marks an optional field that is absent.
type omitted struct{}

// f is one field of a node.
type f struct {
	name string
	v    any
}

// node writes name(field=value, ...).
func (d *dumper) node(name string, fields ...f) {
	pos := d.pending
	d.pending = nil
	if pos != nil {
		fields = append(fields, f{"lineno", pos.Line}, f{"col_offset", pos.Col},
			f{"end_lineno", pos.EndLine}, f{"end_col_offset", pos.EndCol})
	}
	d.b.WriteString(name)
	d.b.WriteByte('(')
	first := true
	for _, fl := range fields {
		if _, skip := fl.v.(omitted); skip {
			continue
		}
		if !first {
			d.b.WriteString(", ")
		}
		first = false
		d.b.WriteString(fl.name)
		d.b.WriteByte('=')
		d.value(fl.v)
	}
	d.b.WriteByte(')')
}

// opt returns e, or omitted if it is nil.
func opt[T comparable](v T) any {
	var zero T
	if v == zero {
		return omitted{}
	}
	return v
}

// optExpr is opt for interface-typed fields.
func optExpr(e Node) any {
	if e == nil {
		return omitted{}
	}
	return e
}

// value writes one field value.
func (d *dumper) value(v any) {
	switch v := v.(type) {
	case nil:
		d.b.WriteString("None")
	case string:
		d.b.WriteString(strRepr(v))
	case int:
		d.b.WriteString(strconv.Itoa(v))
	case bool:
		d.b.WriteString(map[bool]string{true: "1", false: "0"}[v])
	case Ctx:
		d.b.WriteString([]string{"Load()", "Store()", "Del()"}[v])
	case Operator:
		d.b.WriteString(operatorNames[v] + "()")
	case UnaryOperator:
		d.b.WriteString([]string{"", "Invert", "Not", "UAdd", "USub"}[v] + "()")
	case BoolOperator:
		d.b.WriteString([]string{"", "And", "Or"}[v] + "()")
	case CmpOp:
		d.b.WriteString(cmpNames[v] + "()")
	case constValue:
		d.b.WriteString(constRepr(v.v))
	case *Module, *Arguments, *WithItem, *MatchCase, *Comprehension:
		d.part(v)
	case Node:
		if d.attrs {
			pos := v.Position()
			d.pending = &pos
		}
		d.nodeValue(v)
	default:
		d.list(v)
	}
}

// constValue wraps a Constant's value so that value prints its repr.
type constValue struct{ v any }

var operatorNames = []string{"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
	"LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

var cmpNames = []string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

// list writes a list field.
func (d *dumper) list(v any) {
	var items []any
	switch v := v.(type) {
	case []Stmt:
		items = each(v)
	case []Expr:
		items = make([]any, len(v))
		for i, e := range v {
			if e != nil {
				items[i] = e
			}
		}
	case []Pattern:
		items = each(v)
	case []*Arg:
		items = each(v)
	case []*Keyword:
		items = each(v)
	case []*Alias:
		items = each(v)
	case []*WithItem:
		items = each(v)
	case []*MatchCase:
		items = each(v)
	case []*Comprehension:
		items = each(v)
	case []*ExceptHandler:
		items = each(v)
	case []*TypeParam:
		items = each(v)
	case []string:
		items = each(v)
	case []CmpOp:
		items = each(v)
	default:
		d.b.WriteString("?")
		return
	}
	d.b.WriteByte('[')
	for i, x := range items {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.value(x)
	}
	d.b.WriteByte(']')
}

func each[T any](v []T) []any {
	out := make([]any, len(v))
	for i, x := range v {
		out[i] = x
	}
	return out
}

// part writes the nodes that are neither statements, expressions nor
// patterns.
func (d *dumper) part(n any) {
	switch n := n.(type) {
	case *Module:
		d.node("Module", f{"body", n.Body}, f{"type_ignores", []string{}})
	case *Arguments:
		d.node("arguments", f{"posonlyargs", n.PosOnlyArgs}, f{"args", n.Args}, f{"vararg", opt(n.Vararg)},
			f{"kwonlyargs", n.KwOnlyArgs}, f{"kw_defaults", n.KwDefaults}, f{"kwarg", opt(n.Kwarg)}, f{"defaults", n.Defaults})
	case *Arg:
		d.node("arg", f{"arg", n.Arg}, f{"annotation", optExpr(n.Annotation)})
	case *Keyword:
		d.node("keyword", f{"arg", opt(n.Arg)}, f{"value", n.Value})
	case *Alias:
		d.node("alias", f{"name", n.Name}, f{"asname", opt(n.AsName)})
	case *WithItem:
		d.node("withitem", f{"context_expr", n.ContextExpr}, f{"optional_vars", optExpr(n.OptionalVars)})
	case *MatchCase:
		d.node("match_case", f{"pattern", n.Pattern}, f{"guard", optExpr(n.Guard)}, f{"body", n.Body})
	case *Comprehension:
		d.node("comprehension", f{"target", n.Target}, f{"iter", n.Iter}, f{"ifs", n.Ifs}, f{"is_async", n.IsAsync})
	case *ExceptHandler:
		d.node("ExceptHandler", f{"type", optExpr(n.Type)}, f{"name", opt(n.Name)}, f{"body", n.Body})
	case *TypeParam:
		d.node(n.Kind, f{"name", n.Name}, f{"bound", optExpr(n.Bound)})
	}
}
