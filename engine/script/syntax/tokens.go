package syntax

// The scanner hands the parser tokens in CPython's token kinds: names
// (keywords included, since match, case, type and _ are keywords only in
// some places), numbers, whole string literals, operators, and the
// NEWLINE, INDENT and DEDENT tokens that carry Python's layout.

type tokKind uint8

const (
	tEOF tokKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString
	tOp
	tError // a scanning error, raised when the parser reaches it
)

// token is one token: its text is the source it spans (empty for
// layout tokens), off and end its byte offsets.
type token struct {
	kind     tokKind
	text     string
	pos      Pos
	off, end int
	err      *Error
	depth    int  // brackets open after the token
	keyword  bool // a name that is a keyword
}

// is reports whether t is the operator or name spelled s.
func (t *token) is(s string) bool {
	return (t.kind == tOp || t.kind == tName) && t.text == s
}

// isKeyword reports whether name can never be an identifier. (A switch
// rather than a map: the scanner asks for every name.)
func isKeyword(name string) bool {
	switch name {
	case "False", "None", "True", "and", "as", "assert", "async", "await",
		"break", "class", "continue", "def", "del", "elif", "else", "except",
		"finally", "for", "from", "global", "if", "import", "in", "is",
		"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
		"while", "with", "yield":
		return true
	}
	return false
}

// operators lists every operator, longest first within each first
// byte's group, so the scanner takes the longest match.
var operators = []string{
	"**=", "//=", ">>=", "<<=", "...",
	"->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
	"(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "!",
	"$", "?", "`", // tokens of no rule, so "invalid syntax" as in CPython
}

// operatorsAt lists the operators by their first byte.
var operatorsAt = func() (at [256][]string) {
	for _, op := range operators {
		at[op[0]] = append(at[op[0]], op)
	}
	return at
}()

// augOps maps each augmented assignment to its operator.
var augOps = map[string]Operator{
	"+=": Add, "-=": Sub, "*=": Mult, "@=": MatMult, "/=": Div,
	"%=": Mod, "**=": Pow, "<<=": LShift, ">>=": RShift, "|=": BitOr,
	"^=": BitXor, "&=": BitAnd, "//=": FloorDiv,
}
