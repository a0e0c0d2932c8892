package orm

import (
	"fmt"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// windowFrame is RowRange(start, end) or ValueRange(start, end): the
// frame of a window, negative offsets PRECEDING, positive FOLLOWING,
// zero the CURRENT ROW and None UNBOUNDED. It is checked when the query
// is compiled, as WindowFrame.as_sql does.
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#frames
type windowFrame struct {
	class, kind string // RowRange ROWS, ValueRange RANGE
	start, end  starlark.Value
	exclusion   *frameExclusion
}

// String implements starlark.Value.
func (f *windowFrame) String() string { return f.PyRepr() }

// PyStr is str(frame).
func (f *windowFrame) PyStr() string { return f.describe() }

// Type implements starlark.Value.
func (f *windowFrame) Type() string { return f.class }

// Freeze implements starlark.Value.
func (f *windowFrame) Freeze() {}

// Truth implements starlark.Value.
func (f *windowFrame) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (f *windowFrame) Hash() (uint32, error) { return 0, typeError("unhashable type: '%s'", f.class) }

func frameBuiltin(class, kind string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		f := &windowFrame{class: class, kind: kind, start: starlark.None, end: starlark.None}
		var exclusion starlark.Value = starlark.None
		if err := starlark.UnpackArgs(class, args, kwargs, "start?", &f.start, "end?", &f.end, "exclusion?", &exclusion); err != nil {
			return nil, err
		}
		x, ok := exclusion.(*frameExclusion)
		if !ok && exclusion != starlark.None {
			return nil, typeError("%s.exclusion must be a WindowFrameExclusion instance.", class)
		}
		f.exclusion = x
		return f, nil
	})
}

// sql is "ROWS BETWEEN 2 PRECEDING AND CURRENT ROW", after the checks of
// window_frame_rows_start_end or window_frame_range_start_end.
func (f *windowFrame) sql() (string, error) {
	start, startOK := frameInt(f.start)
	end, endOK := frameInt(f.end)
	if f.kind == "ROWS" {
		switch {
		case startOK && endOK && f.start != starlark.None && f.end != starlark.None && start > end:
			return "", valueError("start cannot be greater than end.")
		case !startOK:
			return "", valueError("start argument must be an integer, zero, or None, but got '%s'.", py.Str(f.start))
		case !endOK:
			return "", valueError("end argument must be an integer, zero, or None, but got '%s'.", py.Str(f.end))
		}
	} else {
		if !startOK || start > 0 {
			return "", valueError("start argument must be a negative integer, zero, or None, but got '%s'.", py.Str(f.start))
		}
		if !endOK || end < 0 {
			return "", valueError("end argument must be a positive integer, zero, or None, but got '%s'.", py.Str(f.end))
		}
	}
	return f.describe(), nil
}

// frameInt reads a bound: ok is false for anything but None or an int.
func frameInt(v starlark.Value) (int64, bool) {
	switch v := v.(type) {
	case starlark.NoneType:
		return 0, true
	case starlark.Int:
		n, ok := v.Int64()
		return n, ok
	}
	return 0, false
}

func frameBound(v starlark.Value, n int64, unbounded string) string {
	switch {
	case v == starlark.None:
		return unbounded
	case n == 0:
		return "CURRENT ROW"
	case n < 0:
		return fmt.Sprintf("%d PRECEDING", -n)
	}
	return fmt.Sprintf("%d FOLLOWING", n)
}

// describe is str(frame): the SQL of the frame, unchecked.
func (f *windowFrame) describe() string {
	start, _ := frameInt(f.start)
	end, _ := frameInt(f.end)
	s := fmt.Sprintf("%s BETWEEN %s AND %s", f.kind, frameBound(f.start, start, "UNBOUNDED PRECEDING"), frameBound(f.end, end, "UNBOUNDED FOLLOWING"))
	if f.exclusion != nil {
		s += " EXCLUDE " + f.exclusion.sql
	}
	return s
}

// PyRepr implements py.Reprer: <RowRange: ROWS BETWEEN ...>.
func (f *windowFrame) PyRepr() string { return "<" + f.class + ": " + f.describe() + ">" }
