package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// The database functions of django.db.models.functions: how scripts
// build them (the checks of each class's __init__) and how they resolve
// to SQL on SQLite. The text, math, comparison and date functions live in
// functions_text.go, functions_math.go, functions_comparison.go and
// functions_datetime.go, as in Django.
// See https://docs.djangoproject.com/en/5.2/ref/models/database-functions/

// funcResolver compiles a function whose arguments are resolved.
type funcResolver func(e *Expression, args []sqlExpr) (sqlExpr, error)

// dbFunctions resolve each function class by name.
var dbFunctions = map[string]funcResolver{
	// comparison and conversion
	"Coalesce": sameTypeFunc("COALESCE"),
	"Greatest": sameTypeFunc("MAX"),
	"Least":    sameTypeFunc("MIN"),
	"NullIf":   sameTypeFunc("NULLIF"),
	"Cast":     resolveCast,
	// text
	"Concat":  resolveConcat,
	"Lower":   sameTypeFunc("LOWER"),
	"Upper":   sameTypeFunc("UPPER"),
	"Length":  fixedTypeFunc("LENGTH", IntegerField),
	"Trim":    sameTypeFunc("TRIM"),
	"LTrim":   sameTypeFunc("LTRIM"),
	"RTrim":   sameTypeFunc("RTRIM"),
	"Substr":  fixedTypeFunc("SUBSTR", CharField),
	"Replace": sameTypeFunc("REPLACE"),
	// math
	"Abs":   sameTypeFunc("ABS"),
	"Round": resolveRound,
	// date and time
	"Extract":        resolveNamedPart(resolveExtract),
	"ExtractYear":    resolveExtract("year"),
	"ExtractMonth":   resolveExtract("month"),
	"ExtractDay":     resolveExtract("day"),
	"ExtractWeekDay": resolveExtract("week_day"),
	"ExtractHour":    resolveExtract("hour"),
	"Trunc":          resolveNamedPart(resolveTrunc),
	"TruncYear":      resolveTrunc("year"),
	"TruncMonth":     resolveTrunc("month"),
	"TruncDay":       resolveTrunc("day"),
	"TruncDate":      resolveTruncDate,
	"Now":            resolveNow,
	// window (window_funcs.go)
	"RowNumber":   resolveWindowFunc,
	"Rank":        resolveWindowFunc,
	"DenseRank":   resolveWindowFunc,
	"PercentRank": resolveWindowFunc,
	"CumeDist":    resolveWindowFunc,
	"Ntile":       resolveWindowFunc,
	"FirstValue":  resolveWindowFunc,
	"LastValue":   resolveWindowFunc,
	"NthValue":    resolveWindowFunc,
	"Lag":         resolveWindowFunc,
	"Lead":        resolveWindowFunc,
	// expressions
	"ExpressionWrapper": resolveWrapper,
}

// funcArgs turns a function's arguments into expressions as
// Func._parse_expressions does: a string names a field, an expression
// stays, anything else is a Value.
func funcArgs(args []starlark.Value) ([]*Expression, error) {
	out := make([]*Expression, len(args))
	for i, a := range args {
		e, err := asExpression(a)
		if err != nil {
			return nil, err
		}
		out[i] = e
	}
	return out, nil
}

// newFunc builds a function expression from its script arguments and
// its output_field= keyword, if any.
func newFunc(class string, args []starlark.Value, output starlark.Value) (*Expression, error) {
	exprs, err := funcArgs(args)
	if err != nil {
		return nil, err
	}
	e := &Expression{kind: exprFunc, name: class, args: exprs}
	if output != nil && output != starlark.None {
		fv, ok := output.(*FieldValue)
		if !ok {
			return nil, typeError("output_field must be a field instance such as models.CharField(), not %s", pyRepr(output))
		}
		e.output = fv.field
	}
	return e, nil
}

// outputKwarg picks output_field= from kwargs; Func keeps any other
// keyword as template context, which the lab has no use for.
func outputKwarg(kwargs []starlark.Tuple) starlark.Value {
	for _, kv := range kwargs {
		if kv[0].(starlark.String) == "output_field" {
			return kv[1]
		}
	}
	return nil
}

// transformFunc makes a one-argument function (a Transform in Django):
// Lower, Abs, ExtractYear, TruncMonth, ...
func transformFunc(class string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, typeError("'%s' takes exactly 1 argument (%d given)", class, len(args))
		}
		return newFunc(class, args, outputKwarg(kwargs))
	})
}

// variadicFunc makes a function of two or more expressions: Coalesce,
// Greatest, Least, Concat.
func variadicFunc(class string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) < 2 {
			return nil, valueError("%s must take at least two expressions", class)
		}
		return newFunc(class, args, outputKwarg(kwargs))
	})
}

// funcRepr is Func.__repr__: the class and its source expressions;
// Concat shows the ConcatPair nesting it builds.
func funcRepr(e *Expression) string {
	if e.name == "Concat" {
		return "Concat(" + concatPairRepr(e.args) + ")"
	}
	parts := make([]string, len(e.args))
	for i, a := range e.args {
		parts[i] = a.PyRepr()
	}
	return e.name + "(" + strings.Join(parts, ", ") + ")"
}

func concatPairRepr(args []*Expression) string {
	rest := args[1].PyRepr()
	if len(args) > 2 {
		rest = concatPairRepr(args[1:])
	}
	return "ConcatPair(" + args[0].PyRepr() + ", " + rest + ")"
}

// resolveFunc resolves the arguments, then the function.
func (q *Query) resolveFunc(sess *Session, e *Expression, mark int) (sqlExpr, error) {
	args := make([]sqlExpr, len(e.args))
	for i, a := range e.args {
		r, err := q.resolveExpr(sess, a, mark)
		if err != nil {
			return nil, err
		}
		args[i] = r
	}
	if e.sqlFunc != "" {
		return sameTypeFunc(e.sqlFunc)(e, args)
	}
	return dbFunctions[e.name](e, args)
}

// sameTypeFunc is a function whose result has its arguments' type, as
// Expression._resolve_output_field infers it.
func sameTypeFunc(fn string) funcResolver {
	return func(e *Expression, args []sqlExpr) (sqlExpr, error) {
		f, err := outputOf(e, args)
		if err != nil {
			return &failedExpr{err: err, untyped: &funcExpr{fn: fn, args: args}}, nil
		}
		return &funcExpr{fn: fn, args: args, f: f}, nil
	}
}

// fixedTypeFunc is a function with a fixed output field (Length, Substr).
func fixedTypeFunc(fn string, kind Kind) funcResolver {
	return func(e *Expression, args []sqlExpr) (sqlExpr, error) {
		f := e.output
		if f == nil {
			f = &Field{Kind: kind}
		}
		return &funcExpr{fn: fn, args: args, f: f}, nil
	}
}

// failedExpr is an expression Django accepts when it is built and
// rejects only when the query is compiled (an output field that cannot
// be inferred, a precision SQLite lacks): the error waits until then.
// untyped, when set, is the expression itself, whose SQL is fine once
// ExpressionWrapper gives it the type it lacks.
type failedExpr struct {
	err     error
	untyped sqlExpr
}

func (e *failedExpr) sql(*compiler) (string, []any, error) { return "", nil, e.err }
func (e *failedExpr) field() *Field                        { return nil }
func (e *failedExpr) aggregate() bool                      { return false }

// outputOf is the function's output_field= or the type its arguments
// share.
func outputOf(e *Expression, args []sqlExpr) (*Field, error) {
	if e.output != nil {
		return e.output, nil
	}
	return sharedField(args)
}

// sharedField is the first argument's field, which every other typed
// argument's field must be a kind of: Django raises FieldError on mixed
// types. Arguments of no known type (Value(None)) are skipped.
func sharedField(args []sqlExpr) (*Field, error) {
	var first *Field
	for _, a := range args {
		f := a.field()
		switch {
		case f == nil:
		case first == nil:
			first = f
		case !isKindOf(first.Kind, f.Kind):
			return nil, fieldErrorf("Expression contains mixed types: %s, %s. You must set output_field.", kindName(first.Kind), kindName(f.Kind))
		}
	}
	return first, nil
}

// isKindOf reports whether a field of kind a is an instance of class b,
// following Django's field class hierarchy.
func isKindOf(a, b Kind) bool {
	parent := map[Kind]Kind{AutoField: IntegerField, EmailField: CharField, DateTimeField: DateField}
	for k, ok := a, true; ok; k, ok = parent[k] {
		if k == b {
			return true
		}
	}
	return false
}

// requireArgs raises Python's TypeError when a required argument of
// class's __init__ is given neither by position nor by keyword.
func requireArgs(class string, args starlark.Tuple, kwargs []starlark.Tuple, names ...string) error {
	var missing []string
	for i, name := range names {
		if i < len(args) || hasKwarg(kwargs, name) {
			continue
		}
		missing = append(missing, "'"+name+"'")
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return typeError("%s.__init__() missing 1 required positional argument: %s", class, missing[0])
	}
	last := len(missing) - 1
	return typeError("%s.__init__() missing %d required positional arguments: %s and %s", class, len(missing), strings.Join(missing[:last], ", "), missing[last])
}

func hasKwarg(kwargs []starlark.Tuple, name string) bool {
	for _, kv := range kwargs {
		if string(kv[0].(starlark.String)) == name {
			return true
		}
	}
	return false
}

// newExpressionWrapper is ExpressionWrapper(expression, output_field):
// the expression as it is, typed by output_field.
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#expressionwrapper-expressions
func newExpressionWrapper(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return newTypedFunc("ExpressionWrapper", args, kwargs)
}

// newTypedFunc builds class(expression, output_field), both required:
// Cast and ExpressionWrapper.
func newTypedFunc(class string, args starlark.Tuple, kwargs []starlark.Tuple) (*Expression, error) {
	var expr, output starlark.Value
	if err := requireArgs(class, args, kwargs, "expression", "output_field"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs(class, args, kwargs, "expression", &expr, "output_field", &output); err != nil {
		return nil, err
	}
	return newFunc(class, []starlark.Value{expr}, output)
}

// resolveWrapper compiles ExpressionWrapper: its expression's SQL, with
// the output field given.
func resolveWrapper(e *Expression, args []sqlExpr) (sqlExpr, error) {
	inner := args[0]
	if f, ok := inner.(*failedExpr); ok && f.untyped != nil {
		inner = f.untyped
	}
	return &wrappedExpr{sqlExpr: inner, f: e.output}, nil
}

// wrappedExpr is an expression with the field ExpressionWrapper gives.
type wrappedExpr struct {
	sqlExpr
	f *Field
}

func (e *wrappedExpr) field() *Field { return e.f }
