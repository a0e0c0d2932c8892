package syntax

// The fields of each node, in CPython 3.12's order and with its names.

// nodeValue writes any node.
func (d *dumper) nodeValue(n Node) {
	switch n := n.(type) {
	case Stmt:
		d.stmt(n)
	case Expr:
		d.expr(n)
	case Pattern:
		d.pattern(n)
	default:
		d.part(n)
	}
}

func (d *dumper) stmt(s Stmt) {
	switch s := s.(type) {
	case *FunctionDef:
		name := "FunctionDef"
		if s.IsAsync {
			name = "AsyncFunctionDef"
		}
		d.node(name, f{"name", s.Name}, f{"args", s.Args}, f{"body", s.Body},
			f{"decorator_list", s.DecoratorList}, f{"returns", optExpr(s.Returns)}, f{"type_params", s.TypeParams})
	case *ClassDef:
		d.node("ClassDef", f{"name", s.Name}, f{"bases", s.Bases}, f{"keywords", s.Keywords},
			f{"body", s.Body}, f{"decorator_list", s.DecoratorList}, f{"type_params", s.TypeParams})
	case *Return:
		d.node("Return", f{"value", optExpr(s.Value)})
	case *Delete:
		d.node("Delete", f{"targets", s.Targets})
	case *Assign:
		d.node("Assign", f{"targets", s.Targets}, f{"value", s.Value})
	case *TypeAlias:
		d.node("TypeAlias", f{"name", s.Name}, f{"type_params", s.TypeParams}, f{"value", s.Value})
	case *AugAssign:
		d.node("AugAssign", f{"target", s.Target}, f{"op", s.Op}, f{"value", s.Value})
	case *AnnAssign:
		d.node("AnnAssign", f{"target", s.Target}, f{"annotation", s.Annotation},
			f{"value", optExpr(s.Value)}, f{"simple", s.Simple})
	case *For:
		d.node(async("For", s.IsAsync), f{"target", s.Target}, f{"iter", s.Iter}, f{"body", s.Body}, f{"orelse", s.Orelse})
	case *While:
		d.node("While", f{"test", s.Test}, f{"body", s.Body}, f{"orelse", s.Orelse})
	case *If:
		d.node("If", f{"test", s.Test}, f{"body", s.Body}, f{"orelse", s.Orelse})
	case *With:
		d.node(async("With", s.IsAsync), f{"items", s.Items}, f{"body", s.Body})
	case *Match:
		d.node("Match", f{"subject", s.Subject}, f{"cases", s.Cases})
	case *Raise:
		d.node("Raise", f{"exc", optExpr(s.Exc)}, f{"cause", optExpr(s.Cause)})
	case *Try:
		name := "Try"
		if s.Star {
			name = "TryStar"
		}
		d.node(name, f{"body", s.Body}, f{"handlers", s.Handlers}, f{"orelse", s.Orelse}, f{"finalbody", s.Finalbody})
	case *Assert:
		d.node("Assert", f{"test", s.Test}, f{"msg", optExpr(s.Msg)})
	default:
		d.simpleStmt(s)
	}
}

// async names the async form of a node.
func async(name string, is bool) string {
	if is {
		return "Async" + name
	}
	return name
}

func (d *dumper) simpleStmt(s Stmt) {
	switch s := s.(type) {
	case *Import:
		d.node("Import", f{"names", s.Names})
	case *ImportFrom:
		d.node("ImportFrom", f{"module", opt(s.Module)}, f{"names", s.Names}, f{"level", s.Level})
	case *Global:
		d.node("Global", f{"names", s.Names})
	case *Nonlocal:
		d.node("Nonlocal", f{"names", s.Names})
	case *ExprStmt:
		d.node("Expr", f{"value", s.Value})
	case *Pass:
		d.node("Pass")
	case *Break:
		d.node("Break")
	case *Continue:
		d.node("Continue")
	}
}

func (d *dumper) expr(e Expr) {
	switch e := e.(type) {
	case *BoolOp:
		d.node("BoolOp", f{"op", e.Op}, f{"values", e.Values})
	case *NamedExpr:
		d.node("NamedExpr", f{"target", e.Target}, f{"value", e.Value})
	case *BinOp:
		d.node("BinOp", f{"left", e.Left}, f{"op", e.Op}, f{"right", e.Right})
	case *UnaryOp:
		d.node("UnaryOp", f{"op", e.Op}, f{"operand", e.Operand})
	case *Lambda:
		d.node("Lambda", f{"args", e.Args}, f{"body", e.Body})
	case *IfExp:
		d.node("IfExp", f{"test", e.Test}, f{"body", e.Body}, f{"orelse", e.Orelse})
	case *Dict:
		d.node("Dict", f{"keys", e.Keys}, f{"values", e.Values})
	case *Set:
		d.node("Set", f{"elts", e.Elts})
	case *ListComp:
		d.node("ListComp", f{"elt", e.Elt}, f{"generators", e.Generators})
	case *SetComp:
		d.node("SetComp", f{"elt", e.Elt}, f{"generators", e.Generators})
	case *DictComp:
		d.node("DictComp", f{"key", e.Key}, f{"value", e.Value}, f{"generators", e.Generators})
	case *GeneratorExp:
		d.node("GeneratorExp", f{"elt", e.Elt}, f{"generators", e.Generators})
	case *Await:
		d.node("Await", f{"value", e.Value})
	case *Yield:
		d.node("Yield", f{"value", optExpr(e.Value)})
	case *YieldFrom:
		d.node("YieldFrom", f{"value", e.Value})
	case *Compare:
		d.node("Compare", f{"left", e.Left}, f{"ops", e.Ops}, f{"comparators", e.Comparators})
	default:
		d.expr2(e)
	}
}

func (d *dumper) expr2(e Expr) {
	switch e := e.(type) {
	case *Call:
		d.node("Call", f{"func", e.Func}, f{"args", e.Args}, f{"keywords", e.Keywords})
	case *FormattedValue:
		d.node("FormattedValue", f{"value", e.Value}, f{"conversion", e.Conversion}, f{"format_spec", optExpr(e.FormatSpec)})
	case *JoinedStr:
		d.node("JoinedStr", f{"values", e.Values})
	case *Constant:
		d.node("Constant", f{"value", constValue{e.Value}}, f{"kind", opt(e.Kind)})
	case *Attribute:
		d.node("Attribute", f{"value", e.Value}, f{"attr", e.Attr}, f{"ctx", e.Ctx})
	case *Subscript:
		d.node("Subscript", f{"value", e.Value}, f{"slice", e.Slice}, f{"ctx", e.Ctx})
	case *Starred:
		d.node("Starred", f{"value", e.Value}, f{"ctx", e.Ctx})
	case *Name:
		d.node("Name", f{"id", e.Id}, f{"ctx", e.Ctx})
	case *List:
		d.node("List", f{"elts", e.Elts}, f{"ctx", e.Ctx})
	case *Tuple:
		d.node("Tuple", f{"elts", e.Elts}, f{"ctx", e.Ctx})
	case *Slice:
		d.node("Slice", f{"lower", optExpr(e.Lower)}, f{"upper", optExpr(e.Upper)}, f{"step", optExpr(e.Step)})
	}
}

func (d *dumper) pattern(pt Pattern) {
	switch pt := pt.(type) {
	case *MatchValue:
		d.node("MatchValue", f{"value", pt.Value})
	case *MatchSingleton:
		d.node("MatchSingleton", f{"value", constValue{pt.Value}})
	case *MatchSequence:
		d.node("MatchSequence", f{"patterns", pt.Patterns})
	case *MatchMapping:
		d.node("MatchMapping", f{"keys", pt.Keys}, f{"patterns", pt.Patterns}, f{"rest", opt(pt.Rest)})
	case *MatchClass:
		d.node("MatchClass", f{"cls", pt.Cls}, f{"patterns", pt.Patterns}, f{"kwd_attrs", pt.KwdAttrs}, f{"kwd_patterns", pt.KwdPatterns})
	case *MatchStar:
		d.node("MatchStar", f{"name", opt(pt.Name)})
	case *MatchAs:
		d.node("MatchAs", f{"pattern", optExpr(pt.Pattern)}, f{"name", opt(pt.Name)})
	case *MatchOr:
		d.node("MatchOr", f{"patterns", pt.Patterns})
	}
}
