package db

import "fmt"

// normalizeParams converts parameters to the types a Statement records:
// nil, int64, float64, string or []byte. Booleans become 1 or 0, as
// Python's sqlite3 module binds True and False. Nil stays nil, so a
// recorded statement's Params tell whether it ran verbatim, and passing
// them to Explain plans the same SQL.
func normalizeParams(params []any) ([]any, error) {
	if params == nil {
		return nil, nil
	}
	out := make([]any, len(params))
	for i, p := range params {
		v, err := normalizeParam(p)
		if err != nil {
			return out, unsupportedParam(i+1, p)
		}
		out[i] = v
	}
	return out, nil
}

// normalizeParam converts one parameter; see normalizeParams.
func normalizeParam(p any) (any, error) {
	switch v := p.(type) {
	case nil, int64, float64, string, []byte:
		return v, nil
	case int:
		return int64(v), nil
	case int32:
		return int64(v), nil
	case float32:
		return float64(v), nil
	case bool:
		return int64(boolInt(v)), nil
	}
	return nil, fmt.Errorf("unsupported parameter type %T", p)
}

// checkBindCount fails as Python's sqlite3 module does when a statement
// takes a different number of parameters than were given.
func checkBindCount(stmt *sqliteStmt, params []any) error {
	if n := stmt.bindCount(); n != len(params) {
		return programmingError("Incorrect number of bindings supplied. The current statement uses %d, and there are %d supplied.", n, len(params))
	}
	return nil
}

// Unbindable is a parameter of a Python type sqlite3 cannot bind (a
// timedelta, a list): executing a statement with it fails as sqlite3 does.
type Unbindable struct{ PyType string }

// unsupportedParam is sqlite3's error for parameter n (from 1), p, of a
// type it cannot bind.
func unsupportedParam(n int, p any) error {
	name := fmt.Sprintf("%T", p)
	if u, ok := p.(Unbindable); ok {
		name = u.PyType
	}
	return programmingError("Error binding parameter %d: type '%s' is not supported", n, name)
}
