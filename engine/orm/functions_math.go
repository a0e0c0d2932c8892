package orm

import (
	"go.starlark.net/starlark"
)

// Math functions of django.db.models.functions.math on SQLite.
// See https://docs.djangoproject.com/en/5.2/ref/models/database-functions/#math-functions

// newRound is Round(expression, precision=0).
func newRound(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var expr starlark.Value
	var precision starlark.Value = starlark.MakeInt(0)
	var output starlark.Value = starlark.None
	if err := requireArgs("Round", args, kwargs, "expression"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "expression", &expr, "precision?", &precision, "output_field?", &output); err != nil {
		return nil, err
	}
	return newFunc("Round", []starlark.Value{expr, precision}, output)
}

// resolveRound compiles ROUND(x, precision): its result has x's field
// (Round._resolve_output_field), and SQLite takes no negative precision.
func resolveRound(e *Expression, args []sqlExpr) (sqlExpr, error) {
	if v, ok := args[1].(*valueExpr); ok {
		if n, isInt := v.v.(int64); isInt && n < 0 {
			return &failedExpr{err: valueError("SQLite does not support negative precision.")}, nil
		}
	}
	f := e.output
	if f == nil {
		f = args[0].field()
	}
	return &funcExpr{fn: "ROUND", args: args, f: f}, nil
}
