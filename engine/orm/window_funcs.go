package orm

import (
	"go.starlark.net/starlark"
)

// rankBuiltin makes the window functions of no argument: RowNumber,
// Rank, DenseRank, PercentRank, CumeDist.
// See https://docs.djangoproject.com/en/5.2/ref/models/database-functions/#window-functions
func rankBuiltin(class string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackArgs(class, args, kwargs); err != nil {
			return nil, err
		}
		return &Expression{kind: exprFunc, name: class}, nil
	})
}

// valueBuiltin makes FirstValue and LastValue: exactly one expression.
func valueBuiltin(class string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, typeError("'%s' takes exactly 1 argument (%d given)", class, len(args))
		}
		a, err := asExpression(args[0])
		if err != nil {
			return nil, err
		}
		return &Expression{kind: exprFunc, name: class, args: []*Expression{a}}, nil
	})
}

// newNtile is Ntile(num_buckets=1).
func newNtile(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n := 1
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "num_buckets?", &n); err != nil {
		return nil, err
	}
	if n <= 0 {
		return nil, valueError("num_buckets must be greater than 0.")
	}
	return &Expression{kind: exprFunc, name: "Ntile", args: []*Expression{intValue1(n)}}, nil
}

func intValue1(n int) *Expression { return &Expression{kind: exprValue, value: starlark.MakeInt(n)} }

// newNthValue is NthValue(expression, nth=1).
func newNthValue(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var src starlark.Value
	var nth starlark.Value = starlark.MakeInt(1)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "expression", &src, "nth?", &nth); err != nil {
		return nil, err
	}
	if src == starlark.None {
		return nil, valueError("NthValue requires a non-null source expression.")
	}
	n, ok := positiveInt(nth)
	if !ok {
		return nil, valueError("NthValue requires a positive integer as for nth.")
	}
	a, err := asExpression(src)
	if err != nil {
		return nil, err
	}
	return &Expression{kind: exprFunc, name: "NthValue", args: []*Expression{a, intValue1(n)}}, nil
}

func positiveInt(v starlark.Value) (int, bool) {
	i, ok := v.(starlark.Int)
	if !ok {
		return 0, false
	}
	n, ok := i.Int64()
	return int(n), ok && n > 0
}

// lagLeadBuiltin makes Lag and Lead: (expression, offset=1,
// default=None); the default is sent only when given.
func lagLeadBuiltin(class string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var src starlark.Value
		var offset starlark.Value = starlark.MakeInt(1)
		var def starlark.Value = starlark.None
		if err := starlark.UnpackArgs(class, args, kwargs, "expression", &src, "offset?", &offset, "default?", &def); err != nil {
			return nil, err
		}
		if src == starlark.None {
			return nil, valueError("%s requires a non-null source expression.", class)
		}
		n, ok := positiveInt(offset)
		if !ok {
			return nil, valueError("%s requires a positive integer for the offset.", class)
		}
		a, err := asExpression(src)
		if err != nil {
			return nil, err
		}
		e := &Expression{kind: exprFunc, name: class, args: []*Expression{a, intValue1(n)}}
		if def != starlark.None {
			d, err := asExpression(def)
			if err != nil {
				return nil, err
			}
			e.args = append(e.args, d)
		}
		return e, nil
	})
}

// resolveWindowFunc compiles a window function to its SQL name, typed
// integer for the rankings, float for the distributions and as its
// source for the value functions.
func resolveWindowFunc(e *Expression, args []sqlExpr) (sqlExpr, error) {
	fe := &funcExpr{fn: windowFuncs[e.name], args: args}
	switch e.name {
	case "RowNumber", "Rank", "DenseRank", "Ntile":
		fe.f = &Field{Name: "rank", Kind: IntegerField}
	case "PercentRank", "CumeDist":
		fe.f = &Field{Name: "dist", Kind: FloatField}
	default:
		fe.f = args[0].field()
	}
	return fe, nil
}
