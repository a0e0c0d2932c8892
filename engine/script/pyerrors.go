package script

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"ormlab/engine/py"
)

// translation turns one of go.starlark.net's error messages into the
// exception CPython raises for the same mistake.
type translation struct {
	re  *regexp.Regexp
	typ string
	msg func(m []string) string
}

// tr builds a translation whose message is format applied to the
// submatches, each Starlark type name among them renamed as Python's.
func tr(pattern, typ, format string) translation {
	return translation{regexp.MustCompile(pattern), typ, func(m []string) string {
		args := make([]any, len(m)-1)
		for i, s := range m[1:] {
			args[i] = py.PythonType(s)
		}
		return fmt.Sprintf(format, args...)
	}}
}

// translations lists the messages of go.starlark.net (eval.go, interp.go,
// library.go, unpack.go) that a learner's mistake produces. Its patterns
// are compiled on the first error, not when the engine starts.
var translations = sync.OnceValue(func() []translation {
	return []translation{
		{regexp.MustCompile(`^key (.+) not in dict$`), "KeyError", func(m []string) string { return pyLiteral(m[1]) }},
		tr(`^(?:\w+: )?(\w+) index -?\d+ out of range`, "IndexError", "%s index out of range"),
		tr(`^(?:\w+: )?index -?\d+ out of range: empty (\w+)$`, "IndexError", "%s index out of range"),
		tr(`^floating-point division by zero$`, "ZeroDivisionError", "division by zero"),
		tr(`^floored division by zero$`, "ZeroDivisionError", "integer division or modulo by zero"),
		tr(`^integer modulo by zero$`, "ZeroDivisionError", "integer modulo by zero"),
		tr(`^floating-point modulo by zero$`, "ZeroDivisionError", "float modulo"),
		{regexp.MustCompile(`^unknown binary op: (\S+) (\S+) (\S+)$`), "TypeError", binaryOpMessage},
		tr(`^unknown unary op: (\S+) (\S+)$`, "TypeError", "bad operand type for unary %s: '%s'"),
		{regexp.MustCompile(`^(?:getattr: )?(\S+) has no \.(\w+) field or method(?: \(did you mean \.(\w+)\?\))?$`), "AttributeError", attributeMessage},
		tr(`^invalid call of non-function \((\S+)\)$`, "TypeError", "'%s' object is not callable"),
		tr(`^(?:\w+: )?unhashable(?: type)?: (\S+)$`, "TypeError", "unhashable type: '%s'"),
		tr(`^(?:\w+: )?(?:for parameter \S+: )?(?:got )?(\S+)(?: value is not iterable|, want iterable)$`, "TypeError", "'%s' object is not iterable"),
		tr(`^(\S+) (==|!=|<|<=|>|>=) (\S+) not implemented$`, "TypeError", "'%[2]s' not supported between instances of '%[1]s' and '%[3]s'"),
		tr(`^len: value of type (\S+) has no len$`, "TypeError", "object of type '%s' has no len()"),
		{regexp.MustCompile(`^int: invalid literal with base (\d+): (.*)$`), "ValueError", func(m []string) string {
			return "invalid literal for int() with base " + m[1] + ": " + py.Quote(m[2])
		}},
		{regexp.MustCompile(`^(?:float: )?invalid float literal: (.*)$`), "ValueError", func(m []string) string {
			return "could not convert string to float: " + py.Quote(m[1])
		}},
		tr(`^too many values to unpack \(got \d+, want (\d+)\)$`, "ValueError", "too many values to unpack (expected %s)"),
		tr(`^too few values to unpack \(got (\d+), want (\d+)\)$`, "ValueError", "not enough values to unpack (expected %[2]s, got %[1]s)"),
		tr(`^local variable (\w+) referenced before assignment$`, "UnboundLocalError", "cannot access local variable '%s' where it is not associated with a value"),
		tr(`^(?:global variable (\w+) referenced before assignment|internal error: predeclared variable (\w+) is uninitialized)$`, "NameError", "name '%s%s' is not defined"),
		{regexp.MustCompile(`^function (\S+) missing (\d+) arguments? \((.*)\)$`), "TypeError", missingMessage},
		{regexp.MustCompile(`^function (\S+) accepts (at most |at least )?(\d+) positional arguments? \((\d+) given\)$`), "TypeError", takesMessage},
		{regexp.MustCompile(`^function (\S+) accepts no arguments \((\d+) given\)$`), "TypeError", func(m []string) string {
			return takesMessage([]string{m[0], m[1], "", "0", m[2]})
		}},
		tr(`^function (\S+) got an unexpected keyword argument "?(\w+)"?$`, "TypeError", "%s() got an unexpected keyword argument '%s'"),
		tr(`^function (\S+) got multiple values for parameter "?(\w+)"?$`, "TypeError", "%s() got multiple values for argument '%s'"),
		tr(`^(\w+): unexpected keyword argument (\w+)`, "TypeError", "%s() got an unexpected keyword argument '%s'"),
		tr(`^(\w+): missing argument for (\w+)$`, "TypeError", "%s() missing required argument '%s'"),
		tr(`^(?:function \S+ called recursively|Starlark stack overflow)$`, "RecursionError", "maximum recursion depth exceeded"),
		tr(`^remove: element not found$`, "ValueError", "list.remove(x): x not in list"),
		tr(`^index: value not in list$`, "ValueError", "value is not in list"),
		tr(`^r?index: substring not found$`, "ValueError", "substring not found"),
		tr(`^(\S+) value does not support item assignment$`, "TypeError", "'%s' object does not support item assignment"),
		tr(`^(max|min): argument is an empty sequence$`, "ValueError", "%s() arg is an empty sequence"),
		tr(`^'in <string>' requires string as left operand, not (\S+)$`, "TypeError", "'in <string>' requires string as left operand, not %s"),
		tr(`^int: base must be an integer >= 2 && <= 36$`, "ValueError", "int() base must be >= 2 and <= 36, or 0"),
		tr(`^range: step argument must not be zero$`, "ValueError", "range() arg 3 must not be zero"),
		tr(`^cannot insert into hash table during iteration$`, "RuntimeError", "dictionary changed size during iteration"),
		tr(`^cannot delete from hash table during iteration$`, "RuntimeError", "dictionary changed size during iteration"),
		tr(`^join: in list, want string, got (\S+)$`, "TypeError", "sequence item: expected str instance, %s found"),
		tr(`^(?:\w+: )?(?:for parameter \S+: )?got (\S+), want (int|float|string|list|dict|callable)$`, "TypeError", "expected %[2]s, got '%[1]s'"),
	}
})

// translate returns the Python type and message for a Starlark message;
// messages nobody has translated keep their words under the type Error.
func translate(msg string) (string, string) {
	for _, t := range translations() {
		if m := t.re.FindStringSubmatch(msg); m != nil {
			return t.typ, t.msg(m)
		}
	}
	return "Error", msg
}

// pyLiteral re-quotes a value Starlark printed: "x" becomes 'x'.
func pyLiteral(s string) string {
	if strings.HasPrefix(s, `"`) {
		if u, err := strconv.Unquote(s); err == nil {
			return py.Quote(u)
		}
	}
	return s
}

// binaryOpMessage words an unsupported operand error as CPython does,
// including its special cases for `in` on a value that is not iterable
// and for str and list concatenation.
func binaryOpMessage(m []string) string {
	x, op, y := py.PythonType(m[1]), m[2], py.PythonType(m[3])
	switch {
	case op == "in" || op == "not in":
		return fmt.Sprintf("argument of type '%s' is not iterable", y)
	case op == "+" && (x == "str" || x == "list" || x == "tuple"):
		return fmt.Sprintf("can only concatenate %s (not \"%s\") to %s", x, y, x)
	case op == "*" && (x == "str" || x == "list" || y == "str" || y == "list"):
		other := y
		if y == "str" || y == "list" {
			other = x
		}
		return fmt.Sprintf("can't multiply sequence by non-int of type '%s'", other)
	}
	return fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", op, x, y)
}

// attributeMessage words a missing attribute as CPython 3.12 does,
// including its suggestion of a similar name.
func attributeMessage(m []string) string {
	msg := fmt.Sprintf("'%s' object has no attribute '%s'", py.PythonType(m[1]), m[2])
	if m[3] != "" {
		msg += fmt.Sprintf(". Did you mean: '%s'?", m[3])
	}
	return msg
}

// missingMessage words missing arguments as CPython does:
// f() missing 2 required positional arguments: 'a' and 'b'.
func missingMessage(m []string) string {
	names := strings.Split(m[3], ", ")
	for i, n := range names {
		names[i] = "'" + n + "'"
	}
	list := names[len(names)-1]
	if len(names) > 1 {
		list = strings.Join(names[:len(names)-1], ", ") + " and " + list
		if len(names) > 2 {
			list = strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
		}
	}
	return fmt.Sprintf("%s() missing %s required positional argument%s: %s", m[1], m[2], plural(m[2]), list)
}

// takesMessage words surplus arguments as CPython does:
// f() takes 1 positional argument but 2 were given.
func takesMessage(m []string) string {
	were := "were"
	if m[4] == "1" {
		were = "was"
	}
	return fmt.Sprintf("%s() takes %s%s positional argument%s but %s %s given", m[1], m[2], m[3], plural(m[3]), m[4], were)
}

func plural(n string) string {
	if n == "1" {
		return ""
	}
	return "s"
}
