package orm

import (
	"go.starlark.net/starlark"
)

// expressionBuiltins are the expression classes scripts can call, named
// as django.db.models exports them.
var expressionBuiltins = map[string]starlark.Callable{
	"Func":     Func{},
	"F":        starlark.NewBuiltin("F", newF),
	"OuterRef": starlark.NewBuiltin("OuterRef", newOuterRef),
	"Value":    starlark.NewBuiltin("Value", newValue),
	"Count":    aggregateBuiltin("Count", "COUNT"),
	"Sum":      aggregateBuiltin("Sum", "SUM"),
	"Avg":      aggregateBuiltin("Avg", "AVG"),
	"Max":      aggregateBuiltin("Max", "MAX"),
	"Min":      aggregateBuiltin("Min", "MIN"),
	"Case":     starlark.NewBuiltin("Case", newCase),
	"When":     starlark.NewBuiltin("When", newWhen),
	"Exists":   starlark.NewBuiltin("Exists", subqueryBuiltin(exprExists)),
	"Subquery": starlark.NewBuiltin("Subquery", subqueryBuiltin(exprSubquery)),
	// django.db.models.functions: comparison and conversion
	"Coalesce": variadicFunc("Coalesce"),
	"Greatest": variadicFunc("Greatest"),
	"Least":    variadicFunc("Least"),
	"NullIf":   starlark.NewBuiltin("NullIf", newNullIf),
	"Cast":     starlark.NewBuiltin("Cast", newCast),
	// text
	"Concat":  variadicFunc("Concat"),
	"Lower":   transformFunc("Lower"),
	"Upper":   transformFunc("Upper"),
	"Length":  transformFunc("Length"),
	"Trim":    transformFunc("Trim"),
	"LTrim":   transformFunc("LTrim"),
	"RTrim":   transformFunc("RTrim"),
	"Substr":  starlark.NewBuiltin("Substr", newSubstr),
	"Replace": starlark.NewBuiltin("Replace", newReplace),
	// math
	"Abs":   transformFunc("Abs"),
	"Round": starlark.NewBuiltin("Round", newRound),
	// date and time
	"ExtractYear":    extractFunc("ExtractYear"),
	"ExtractMonth":   extractFunc("ExtractMonth"),
	"ExtractDay":     extractFunc("ExtractDay"),
	"ExtractWeekDay": extractFunc("ExtractWeekDay"),
	"ExtractHour":    extractFunc("ExtractHour"),
	"TruncYear":      truncFunc("TruncYear"),
	"TruncMonth":     truncFunc("TruncMonth"),
	"TruncDay":       truncFunc("TruncDay"),
	"TruncDate":      truncFunc("TruncDate"),
	"Now":            starlark.NewBuiltin("Now", newNow),
	"Extract":        starlark.NewBuiltin("Extract", newExtract),
	"Trunc":          starlark.NewBuiltin("Trunc", newTrunc),
	// django.db.models.ExpressionWrapper
	"ExpressionWrapper": starlark.NewBuiltin("ExpressionWrapper", newExpressionWrapper),
	// Window expressions and the functions they compute (window.go).
	"Window":               starlark.NewBuiltin("Window", newWindow),
	"RowRange":             frameBuiltin("RowRange", "ROWS"),
	"WindowFrameExclusion": exclusionEnum{},
	"ValueRange":           frameBuiltin("ValueRange", "RANGE"),
	"RowNumber":            rankBuiltin("RowNumber"),
	"Rank":                 rankBuiltin("Rank"),
	"DenseRank":            rankBuiltin("DenseRank"),
	"PercentRank":          rankBuiltin("PercentRank"),
	"CumeDist":             rankBuiltin("CumeDist"),
	"Ntile":                starlark.NewBuiltin("Ntile", newNtile),
	"FirstValue":           valueBuiltin("FirstValue"),
	"LastValue":            valueBuiltin("LastValue"),
	"NthValue":             starlark.NewBuiltin("NthValue", newNthValue),
	"Lag":                  lagLeadBuiltin("Lag"),
	"Lead":                 lagLeadBuiltin("Lead"),
}

func newF(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	return &Expression{kind: exprF, name: name}, nil
}

func newOuterRef(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	return &Expression{kind: exprOuterRef, name: name}, nil
}

func newValue(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v, field starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "value", &v, "output_field?", &field); err != nil {
		return nil, err
	}
	e := &Expression{kind: exprValue, value: v}
	if fv, ok := field.(*FieldValue); ok {
		e.output = fv.field
	}
	return e, nil
}

// aggregateBuiltin makes Count, Sum, Avg, Max, Min: one expression (a
// field name or "*" for Count), distinct=, filter= and default= (the
// value of an aggregate over no rows, which Count does not take).
func aggregateBuiltin(class, fn string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var arg starlark.Value
		var distinct bool
		var filter, def starlark.Value = starlark.None, starlark.None
		if err := starlark.UnpackArgs(class, args, kwargs, "expression", &arg, "distinct?", &distinct, "filter?", &filter, "default?", &def); err != nil {
			return nil, err
		}
		e := &Expression{kind: exprAggregate, name: fn, distinct: distinct}
		if def != starlark.None {
			if fn == "COUNT" { // Count's empty result is 0 already
				return nil, typeError("%s does not allow default.", class)
			}
			d, err := asValueOrExpression(def)
			if err != nil {
				return nil, err
			}
			e.fallback = d
		}
		if s, ok := arg.(starlark.String); ok && s == "*" && fn == "COUNT" {
			e.star = true
		} else {
			a, err := asExpression(arg)
			if err != nil {
				return nil, err
			}
			e.args = []*Expression{a}
		}
		if q, ok := filter.(*Q); ok {
			e.filter = q
		}
		return e, nil
	})
}

// newWhen is When(condition, then=...) or When(lookup=value, then=...).
func newWhen(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var then starlark.Value = starlark.None
	var lookups []starlark.Tuple
	for _, kv := range kwargs {
		if kv[0].(starlark.String) == "then" {
			then = kv[1]
		} else {
			lookups = append(lookups, kv)
		}
	}
	cond, err := newQ(args, lookups)
	if err != nil {
		return nil, err
	}
	if len(cond.Children) == 0 {
		return nil, typeError("When() supports a Q object, a boolean expression, or lookups as a condition.")
	}
	res, err := asValueOrExpression(then)
	if err != nil {
		return nil, err
	}
	return &Expression{kind: exprWhen, filter: cond, args: []*Expression{res}}, nil
}

func newCase(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e := &Expression{kind: exprCase, fallback: &Expression{kind: exprValue, value: starlark.None}}
	for _, a := range args {
		w, ok := a.(*Expression)
		if !ok || w.kind != exprWhen {
			return nil, typeError("Positional arguments must all be When objects.")
		}
		e.args = append(e.args, w)
	}
	for _, kv := range kwargs {
		if kv[0].(starlark.String) != "default" {
			continue
		}
		d, err := asValueOrExpression(kv[1])
		if err != nil {
			return nil, err
		}
		e.fallback = d
	}
	return e, nil
}

func subqueryBuiltin(kind exprKind) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		qs, ok := v.(*QuerySet)
		if !ok {
			return nil, typeError("%s() takes a QuerySet, not %s", b.Name(), pyTypeName(v))
		}
		return &Expression{kind: kind, qs: qs}, nil
	}
}
