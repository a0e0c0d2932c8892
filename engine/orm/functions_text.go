package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// Text functions of django.db.models.functions.text on SQLite.
// See https://docs.djangoproject.com/en/5.2/ref/models/database-functions/#text-functions

// resolveConcat compiles Concat as Django nests it, one ConcatPair per
// argument from the right, each printed as SQLite's || of its two sides
// wrapped in COALESCE(x, ”) so a NULL part counts as empty text.
func resolveConcat(e *Expression, args []sqlExpr) (sqlExpr, error) {
	right := args[len(args)-1]
	for i := len(args) - 2; i >= 0; i-- {
		pair, err := concatPair(e.output, args[i], right)
		if err != nil {
			return nil, err
		}
		right = pair
	}
	return right, nil
}

// concatPair is ConcatPair(a, b): its output field is output, else the
// type a and b share.
func concatPair(output *Field, a, b sqlExpr) (sqlExpr, error) {
	f := output
	if f == nil {
		var err error
		if f, err = sharedField([]sqlExpr{a, b}); err != nil {
			return &failedExpr{err: err, untyped: &funcExpr{args: pairArgs(a, b), format: pipes}}, nil
		}
	}
	return &funcExpr{args: pairArgs(a, b), f: f, format: pipes}, nil
}

// pairArgs are a ConcatPair's sides, each COALESCE(x, ”).
func pairArgs(a, b sqlExpr) []sqlExpr {
	empty := &valueExpr{v: "", f: &Field{Kind: CharField}}
	return []sqlExpr{
		&funcExpr{fn: "COALESCE", args: []sqlExpr{a, empty}, f: a.field()},
		&funcExpr{fn: "COALESCE", args: []sqlExpr{b, empty}, f: b.field()},
	}
}

// pipes joins a ConcatPair's sides with SQLite's || operator.
func pipes(parts []string) string { return "(" + strings.Join(parts, " || ") + ")" }

// newSubstr is Substr(expression, pos, length=None); a literal pos must
// be 1 or more.
func newSubstr(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var expr, pos starlark.Value
	var length starlark.Value = starlark.None
	var output starlark.Value = starlark.None
	if err := requireArgs("Substr", args, kwargs, "expression", "pos"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "expression", &expr, "pos", &pos, "length?", &length, "output_field?", &output); err != nil {
		return nil, err
	}
	if _, isExpr := pos.(*Expression); !isExpr {
		if n, err := starlark.AsInt32(pos); err == nil && n < 1 {
			return nil, valueError("'pos' must be greater than 0")
		}
	}
	parts := []starlark.Value{expr, pos}
	if length != starlark.None {
		parts = append(parts, length)
	}
	return newFunc("Substr", parts, output)
}

// newReplace is Replace(expression, text, replacement=Value("")).
func newReplace(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var expr, text starlark.Value
	var replacement starlark.Value = &Expression{kind: exprValue, value: starlark.String("")}
	var output starlark.Value = starlark.None
	if err := requireArgs("Replace", args, kwargs, "expression", "text"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "expression", &expr, "text", &text, "replacement?", &replacement, "output_field?", &output); err != nil {
		return nil, err
	}
	return newFunc("Replace", []starlark.Value{expr, text, replacement}, output)
}
