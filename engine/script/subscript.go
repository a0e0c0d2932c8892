package script

import (
	"sync"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// Hidden builtins for x[k] and x[a:b:c] read as values: py.Subscriptable
// values (QuerySets) answer lazily, anything else is indexed by Starlark.
const (
	hiddenGetItem  = "__ormlab_getitem__"
	hiddenGetSlice = "__ormlab_getslice__"
)

func init() {
	hidden[hiddenGetItem] = starlark.NewBuiltin("getitem", ormlab_getitem)
	hidden[hiddenGetSlice] = starlark.NewBuiltin("getslice", ormlab_getslice)
}

// subscriptHelpers are Starlark functions doing plain indexing, so values
// that are not py.Subscriptable keep Starlark's exact semantics and errors.
// They are compiled when a script first indexes such a value.
var subscriptHelpers = sync.OnceValue(func() starlark.StringDict {
	return mustHelpers(`
def getitem(x, k):
    return x[k]

def getslice(x, lo, hi, step):
    return x[lo:hi:step]
`)
})

func mustHelpers(src string) starlark.StringDict {
	g, err := starlark.ExecFileOptions(&syntax.FileOptions{}, &starlark.Thread{Name: "helpers"}, "<ormlab>", src, nil)
	if err != nil {
		panic(err)
	}
	return g
}

func ormlab_getitem(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	if s, ok := args[0].(py.Subscriptable); ok {
		return s.GetItem(args[1])
	}
	return starlark.Call(th, subscriptHelpers()["getitem"], args, nil)
}

func ormlab_getslice(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	if s, ok := args[0].(py.Subscriptable); ok {
		return s.GetSlice(args[1], args[2], args[3])
	}
	return starlark.Call(th, subscriptHelpers()["getslice"], args, nil)
}

// subscript rewrites a subscript read as a value into a hidden call.
func subscript(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case *syntax.IndexExpr:
		return call(hiddenGetItem, e.Lbrack, e.X, e.Y)
	case *syntax.SliceExpr:
		return call(hiddenGetSlice, e.Lbrack, e.X, orNone(e.Lo, e.Lbrack), orNone(e.Hi, e.Lbrack), orNone(e.Step, e.Lbrack))
	}
	return e
}

func orNone(e syntax.Expr, pos syntax.Position) syntax.Expr {
	if e == nil {
		return ident("None", pos)
	}
	return e
}

// target transforms an assignment target: a subscript there is a store,
// not a read, so only its parts are rewritten.
func target(e syntax.Expr) syntax.Expr {
	switch t := e.(type) {
	case *syntax.IndexExpr:
		t.X, t.Y = expr(t.X), expr(t.Y)
		return t
	case *syntax.TupleExpr:
		for i, x := range t.List {
			t.List[i] = target(x)
		}
		return t
	case *syntax.ListExpr:
		for i, x := range t.List {
			t.List[i] = target(x)
		}
		return t
	case *syntax.ParenExpr:
		t.X = target(t.X)
		return t
	}
	return expr(e)
}
