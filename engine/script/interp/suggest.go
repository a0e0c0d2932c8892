package interp

import (
	"errors"
	"sort"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// CPython 3.11 ends the traceback of a NameError or AttributeError with
// "Did you mean: 'x'?" when a name close to the missing one exists; the
// suggestion is not part of str(e). This is its algorithm: a Levenshtein
// distance where a change of case costs less than other edits, and a
// name qualifies when at most a third of the characters change.
// See https://github.com/python/cpython/blob/3.11/Python/suggestions.c

const (
	moveCost          = 2
	caseCost          = 1
	maxCandidates     = 750
	maxSuggestionSize = 40
)

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxSuggestionSize || len(b) > maxSuggestionSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	buffer := make([]int, len(a))
	for i := range buffer {
		buffer[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(b[bi], a[i])
			distance = buffer[i]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buffer[i] = result
			minimum = min(minimum, result)
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// suggestion is the candidate closest to name, or "".
func suggestion(name string, candidates []string) string {
	if len(candidates) >= maxCandidates {
		return ""
	}
	best, bestDistance := "", int(^uint(0)>>1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDistance := min((len(name)+len(c)+3)*moveCost/6, bestDistance-1)
		d := levenshtein(name, c, maxDistance)
		if d > maxDistance {
			continue
		}
		if best == "" || d < bestDistance {
			best, bestDistance = c, d
		}
	}
	return best
}

// attrCandidates is dir(v), sorted as dir() sorts it.
func attrCandidates(v starlark.Value) []string {
	var names []string
	if h, ok := v.(starlark.HasAttrs); ok {
		names = h.AttrNames()
	}
	sort.Strings(names)
	return names
}

// noAttribute is the AttributeError for v.name, with the suggestion the
// traceback shows.
func (in *Interp) noAttribute(err error, v starlark.Value, name string) error {
	var pe *py.Exception
	if !errors.As(err, &pe) || pe.Type != "AttributeError" {
		return err
	}
	e := in.exception(err)
	if s := suggestion(name, attrCandidates(v)); s != "" {
		e.Value.suggestion = s
	}
	return e
}

// nameCandidates are the names a NameError's suggestion is chosen from:
// the frame's locals, then the globals, then the builtins.
func (in *Interp) nameSuggestion(fr *frame, name string) string {
	var locals []string
	if s := fr.code.scope; s != nil && s.isFunction() {
		for n, slot := range s.slots {
			if slot < s.nlocal {
				locals = append(locals, n)
			}
		}
		sort.Strings(locals)
	}
	if s := suggestion(name, locals); s != "" {
		return s
	}
	if s := suggestion(name, fr.globals.Keys()); s != "" {
		return s
	}
	if s := suggestion(name, cpythonBuiltins); s != "" {
		return s
	}
	var lab []string
	for n := range in.opts.Builtins {
		if !isHiddenName(n) {
			lab = append(lab, n)
		}
	}
	sort.Strings(lab)
	return suggestion(name, lab)
}

// cpythonBuiltins is dir(builtins) in CPython 3.11, which its NameError
// suggestions search; the lab's own names (models, Q, F) come after.
var cpythonBuiltins = []string{"ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception", "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError", "__build_class__", "__debug__", "__doc__", "__import__", "__loader__", "__name__", "__package__", "__spec__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip"}

// isHiddenName reports whether a builtin is the runtime's own, not one a
// script knows about.
func isHiddenName(n string) bool {
	return len(n) > 2 && n[:2] == "__"
}

// Shown is the traceback's last line after the type: str(e), and the
// suggestion CPython adds for a misspelt name.
func (e *Exception) Shown() string {
	msg := e.Message()
	if e.Value.suggestion != "" {
		return msg + ". Did you mean: '" + e.Value.suggestion + "'?"
	}
	return msg
}
