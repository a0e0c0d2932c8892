package syntax

import "math/big"

// The tree mirrors CPython 3.12's ast module node for node, so that a
// parse can be checked against ast.dump and a reader who knows Python's
// grammar knows this one. Field names are CPython's in Go's case;
// async forms are the plain nodes with IsAsync set, and TryStar is Try
// with Star set.
// See https://docs.python.org/3.12/library/ast.html#abstract-grammar

// Pos is where a node starts and ends: 1-based lines and 0-based byte
// columns, as CPython's lineno, col_offset, end_lineno, end_col_offset.
type Pos struct {
	Line, Col, EndLine, EndCol int
}

// Position returns p, so that every node embedding a Pos is a Node.
func (p Pos) Position() Pos { return p }

// Node is any node of the tree.
type Node interface {
	Position() Pos
}

// Stmt is a statement.
type Stmt interface {
	Node
	stmt()
}

// Expr is an expression.
type Expr interface {
	Node
	expr()
}

// Pattern is a pattern of a match statement's case.
type Pattern interface {
	Node
	pattern()
}

// Module is a parsed file.
type Module struct {
	Body []Stmt
}

// Ctx says whether a Name, Attribute, Subscript, Starred, List or Tuple
// is read, assigned or deleted.
type Ctx uint8

const (
	Load Ctx = iota
	Store
	Del
)

// Operator is a binary operator.
type Operator uint8

const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is a unary operator.
type UnaryOperator uint8

const (
	Invert UnaryOperator = iota + 1
	Not
	UAdd
	USub
)

// BoolOperator is and or or.
type BoolOperator uint8

const (
	And BoolOperator = iota + 1
	Or
)

// CmpOp is a comparison operator.
type CmpOp uint8

const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// Statements.

type (
	// FunctionDef is def (or async def, IsAsync).
	FunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
		Returns       Expr
		TypeParams    []*TypeParam
		IsAsync       bool
	}
	// ClassDef is class.
	ClassDef struct {
		Pos
		Name          string
		Bases         []Expr
		Keywords      []*Keyword
		Body          []Stmt
		DecoratorList []Expr
		TypeParams    []*TypeParam
	}
	Return struct {
		Pos
		Value Expr // nil for a bare return
	}
	Delete struct {
		Pos
		Targets []Expr
	}
	// Assign is a = b = value: Targets holds a and b.
	Assign struct {
		Pos
		Targets []Expr
		Value   Expr
	}
	// TypeAlias is Python 3.12's type X = ...
	TypeAlias struct {
		Pos
		Name       *Name
		TypeParams []*TypeParam
		Value      Expr
	}
	AugAssign struct {
		Pos
		Target Expr
		Op     Operator
		Value  Expr
	}
	// AnnAssign is target: annotation [= value]; Simple is set for a
	// plain name not in parentheses.
	AnnAssign struct {
		Pos
		Target     Expr
		Annotation Expr
		Value      Expr
		Simple     bool
	}
	For struct {
		Pos
		Target  Expr
		Iter    Expr
		Body    []Stmt
		Orelse  []Stmt
		IsAsync bool
	}
	While struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	// If is if; elif is an If alone in Orelse.
	If struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	With struct {
		Pos
		Items   []*WithItem
		Body    []Stmt
		IsAsync bool
	}
	Match struct {
		Pos
		Subject Expr
		Cases   []*MatchCase
	}
	Raise struct {
		Pos
		Exc   Expr // nil for a bare raise
		Cause Expr
	}
	// Try is try (or try with except*, Star).
	Try struct {
		Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		Orelse    []Stmt
		Finalbody []Stmt
		Star      bool
	}
	Assert struct {
		Pos
		Test Expr
		Msg  Expr
	}
	Import struct {
		Pos
		Names []*Alias
	}
	// ImportFrom is from module import names; Module is "" for
	// "from . import x", Level counts the leading dots.
	ImportFrom struct {
		Pos
		Module string
		Names  []*Alias
		Level  int
	}
	Global struct {
		Pos
		Names []string
	}
	Nonlocal struct {
		Pos
		Names []string
	}
	// ExprStmt is an expression used as a statement (CPython's Expr).
	ExprStmt struct {
		Pos
		Value Expr
	}
	Pass     struct{ Pos }
	Break    struct{ Pos }
	Continue struct{ Pos }
)

// Expressions.

type (
	BoolOp struct {
		Pos
		Op     BoolOperator
		Values []Expr
	}
	// NamedExpr is target := value.
	NamedExpr struct {
		Pos
		Target *Name
		Value  Expr
	}
	BinOp struct {
		Pos
		Left  Expr
		Op    Operator
		Right Expr
	}
	UnaryOp struct {
		Pos
		Op      UnaryOperator
		Operand Expr
	}
	Lambda struct {
		Pos
		Args *Arguments
		Body Expr
	}
	// IfExp is body if test else orelse.
	IfExp struct {
		Pos
		Test   Expr
		Body   Expr
		Orelse Expr
	}
	// Dict is a display; a nil key is **value.
	Dict struct {
		Pos
		Keys   []Expr
		Values []Expr
	}
	Set struct {
		Pos
		Elts []Expr
	}
	ListComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	SetComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	DictComp struct {
		Pos
		Key        Expr
		Value      Expr
		Generators []*Comprehension
	}
	GeneratorExp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	Await struct {
		Pos
		Value Expr
	}
	Yield struct {
		Pos
		Value Expr // nil for a bare yield
	}
	YieldFrom struct {
		Pos
		Value Expr
	}
	// Compare is left op1 c1 op2 c2 ...
	Compare struct {
		Pos
		Left        Expr
		Ops         []CmpOp
		Comparators []Expr
	}
	// Call holds positional arguments (Starred for *x) and keywords
	// (Arg "" for **x).
	Call struct {
		Pos
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
	}
	// FormattedValue is one {value!conversion:spec} of an f-string;
	// Conversion is -1 for none, or 's', 'r' or 'a'; FormatSpec is a
	// JoinedStr or nil.
	FormattedValue struct {
		Pos
		Value      Expr
		Conversion int
		FormatSpec Expr
	}
	// JoinedStr is an f-string: Constant strings and FormattedValues.
	JoinedStr struct {
		Pos
		Values []Expr
	}
	// Constant is a literal. Value is nil (None), bool, *big.Int, float64,
	// complex128, string, Bytes or Ellipsis; Kind is "u" for a u"..."
	// string, as CPython records it.
	Constant struct {
		Pos
		Value any
		Kind  string
	}
	Attribute struct {
		Pos
		Value Expr
		Attr  string
		Ctx   Ctx
	}
	// Subscript is value[slice]; a slice with colons is a Slice, and
	// x[a, b] a Tuple.
	Subscript struct {
		Pos
		Value Expr
		Slice Expr
		Ctx   Ctx
	}
	Starred struct {
		Pos
		Value Expr
		Ctx   Ctx
	}
	Name struct {
		Pos
		Id  string
		Ctx Ctx
	}
	List struct {
		Pos
		Elts []Expr
		Ctx  Ctx
	}
	Tuple struct {
		Pos
		Elts []Expr
		Ctx  Ctx
	}
	// Slice is lower:upper:step inside a subscript; each part may be nil.
	Slice struct {
		Pos
		Lower, Upper, Step Expr
	}
)

// Bytes is the value of a bytes literal.
type Bytes []byte

// Ellipsis is the value of the ... literal.
type Ellipsis struct{}

// BigInt is the type of an integer literal's value.
type BigInt = *big.Int

// Parts of statements and expressions.

type (
	// Comprehension is one for ... in ... if ... clause.
	Comprehension struct {
		Target  Expr
		Iter    Expr
		Ifs     []Expr
		IsAsync bool
	}
	// ExceptHandler is except [type [as name]]: body.
	ExceptHandler struct {
		Pos
		Type Expr
		Name string
		Body []Stmt
	}
	// Arguments are a function's parameters. Defaults belong to the last
	// len(Defaults) of PosOnlyArgs+Args; KwDefaults is parallel to
	// KwOnlyArgs, nil where a parameter has none.
	Arguments struct {
		PosOnlyArgs []*Arg
		Args        []*Arg
		Vararg      *Arg
		KwOnlyArgs  []*Arg
		KwDefaults  []Expr
		Kwarg       *Arg
		Defaults    []Expr
	}
	Arg struct {
		Pos
		Arg        string
		Annotation Expr
	}
	// Keyword is name=value in a call or class bases; Arg is "" for
	// **value.
	Keyword struct {
		Pos
		Arg   string
		Value Expr
	}
	// Alias is one name of an import, with its as-name or "".
	Alias struct {
		Pos
		Name   string
		AsName string
	}
	WithItem struct {
		ContextExpr  Expr
		OptionalVars Expr
	}
	MatchCase struct {
		Pattern Pattern
		Guard   Expr
		Body    []Stmt
	}
	// TypeParam is a Python 3.12 type parameter ([T], [*Ts], [**P]).
	TypeParam struct {
		Pos
		Kind  string // "TypeVar", "TypeVarTuple" or "ParamSpec"
		Name  string
		Bound Expr
	}
)

// Patterns.

type (
	MatchValue struct {
		Pos
		Value Expr
	}
	// MatchSingleton matches None, True or False by identity.
	MatchSingleton struct {
		Pos
		Value any
	}
	MatchSequence struct {
		Pos
		Patterns []Pattern
	}
	// MatchMapping is {key: pattern, ..., **rest}; Rest is "" without.
	MatchMapping struct {
		Pos
		Keys     []Expr
		Patterns []Pattern
		Rest     string
	}
	MatchClass struct {
		Pos
		Cls         Expr
		Patterns    []Pattern
		KwdAttrs    []string
		KwdPatterns []Pattern
	}
	// MatchStar is *name in a sequence pattern; Name is "" for *_.
	MatchStar struct {
		Pos
		Name string
	}
	// MatchAs is pattern as name, a capture (Pattern nil) or _ (both
	// empty).
	MatchAs struct {
		Pos
		Pattern Pattern
		Name    string
	}
	MatchOr struct {
		Pos
		Patterns []Pattern
	}
)

func (*FunctionDef) stmt() {}
func (*ClassDef) stmt()    {}
func (*Return) stmt()      {}
func (*Delete) stmt()      {}
func (*Assign) stmt()      {}
func (*TypeAlias) stmt()   {}
func (*AugAssign) stmt()   {}
func (*AnnAssign) stmt()   {}
func (*For) stmt()         {}
func (*While) stmt()       {}
func (*If) stmt()          {}
func (*With) stmt()        {}
func (*Match) stmt()       {}
func (*Raise) stmt()       {}
func (*Try) stmt()         {}
func (*Assert) stmt()      {}
func (*Import) stmt()      {}
func (*ImportFrom) stmt()  {}
func (*Global) stmt()      {}
func (*Nonlocal) stmt()    {}
func (*ExprStmt) stmt()    {}
func (*Pass) stmt()        {}
func (*Break) stmt()       {}
func (*Continue) stmt()    {}

func (*BoolOp) expr()         {}
func (*NamedExpr) expr()      {}
func (*BinOp) expr()          {}
func (*UnaryOp) expr()        {}
func (*Lambda) expr()         {}
func (*IfExp) expr()          {}
func (*Dict) expr()           {}
func (*Set) expr()            {}
func (*ListComp) expr()       {}
func (*SetComp) expr()        {}
func (*DictComp) expr()       {}
func (*GeneratorExp) expr()   {}
func (*Await) expr()          {}
func (*Yield) expr()          {}
func (*YieldFrom) expr()      {}
func (*Compare) expr()        {}
func (*Call) expr()           {}
func (*FormattedValue) expr() {}
func (*JoinedStr) expr()      {}
func (*Constant) expr()       {}
func (*Attribute) expr()      {}
func (*Subscript) expr()      {}
func (*Starred) expr()        {}
func (*Name) expr()           {}
func (*List) expr()           {}
func (*Tuple) expr()          {}
func (*Slice) expr()          {}

func (*MatchValue) pattern()     {}
func (*MatchSingleton) pattern() {}
func (*MatchSequence) pattern()  {}
func (*MatchMapping) pattern()   {}
func (*MatchClass) pattern()     {}
func (*MatchStar) pattern()      {}
func (*MatchAs) pattern()        {}
func (*MatchOr) pattern()        {}
