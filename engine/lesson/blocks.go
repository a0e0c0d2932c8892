package lesson

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// labBlock is a runnable block in goldmark's tree, in place of the fenced
// code block (and its {output} and {solution} blocks) it came from.
type labBlock struct {
	ast.BaseBlock
	block *Block
}

// kindLabBlock is labBlock's node kind.
var kindLabBlock = ast.NewNodeKind("LessonLabBlock")

// Kind implements ast.Node.
func (n *labBlock) Kind() ast.NodeKind { return kindLabBlock }

// IsRaw implements ast.Node.
func (n *labBlock) IsRaw() bool { return true }

// Dump implements ast.Node.
func (n *labBlock) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Role": string(n.block.Role)}, nil)
}

// blockTransformer turns fenced code blocks with a role into labBlocks,
// in document order, recording every problem in the parse's state.
type blockTransformer struct{}

// Transform implements parser.ASTTransformer.
func (blockTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	var fences []*ast.FencedCodeBlock
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fcb, ok := n.(*ast.FencedCodeBlock); ok && entering {
			fences = append(fences, fcb)
		}
		return ast.WalkContinue, nil
	})
	b := &builder{st: stateOf(pc), src: reader.Source()}
	for _, fcb := range fences {
		b.add(fcb)
	}
	b.finish()
}

// builder collects a lesson's blocks, pairing and attaching as it goes.
type builder struct {
	st           *state
	src          []byte
	pairs        int
	openNaive    *Block // a naive block still waiting for its optimized one
	malformed    bool   // a block's info string was wrong: pairing errors would only echo it
	last         *Block // the runnable block an {output} attaches to
	lastExercise *Block // the exercise a {solution} attaches to
}

// add reads one fenced code block.
func (b *builder) add(fcb *ast.FencedCodeBlock) {
	span, ok := spanOf(b.src, fcb)
	if !ok {
		return
	}
	line := lineAt(b.src, span.start)
	if !span.closed(b.src) {
		b.st.errorf(line, "the code block opened here is never closed; add a closing ``` line after its last line")
		return
	}
	if fcb.Info == nil {
		return
	}
	f, lab, msg := parseFence(string(fcb.Info.Segment.Value(b.src)))
	switch {
	case !lab:
	case msg != "":
		b.st.errorf(line, "%s", msg)
		b.malformed = true
	case f.role == roleOutput || f.role == roleSolution:
		b.attach(fcb, f.role, line)
	default:
		b.runnable(fcb, f, line)
	}
}

// runnable adds a naive, optimized, example or exercise block.
func (b *builder) runnable(fcb *ast.FencedCodeBlock, f fence, line int) {
	if f.lang != "python" {
		b.st.errorf(line, "runnable blocks are Python; write ```python {%s}", f.role)
		return
	}
	blk := &Block{Index: len(b.st.blocks) + 1, Role: Role(f.role), Lang: f.lang, Code: content(b.src, fcb.Lines()),
		Line: line, Budget: f.number("budget"), Scans: f.number("scans"), Rows: f.number("rows"), Raises: f.attrs["raises"]}
	b.pair(blk)
	b.st.blocks = append(b.st.blocks, blk)
	b.last = blk
	if blk.Role == Exercise {
		b.lastExercise = blk
	}
	fcb.Parent().ReplaceChild(fcb.Parent(), fcb, &labBlock{block: blk})
}

// pair numbers a naive block and the optimized block after it alike.
func (b *builder) pair(blk *Block) {
	switch blk.Role {
	case Naive:
		b.unpaired()
		b.pairs++
		blk.Pair, b.openNaive = b.pairs, blk
	case Optimized:
		if b.openNaive == nil {
			b.st.errorf(blk.Line, "this optimized block has no naive block before it to compare with; add a ```python {naive} block above it")
			return
		}
		blk.Pair, b.openNaive = b.openNaive.Pair, nil
	}
}

// unpaired reports a naive block left without an optimized partner.
func (b *builder) unpaired() {
	if b.openNaive != nil && !b.malformed {
		b.st.errorf(b.openNaive.Line, "this naive block has no optimized block after it; add a ```python {optimized budget=N} block")
		b.openNaive = nil
	}
}

// attach gives an {output} or {solution} block to its owner and takes it
// out of the document: the owner's placeholder shows it.
func (b *builder) attach(fcb *ast.FencedCodeBlock, role string, line int) {
	text := content(b.src, fcb.Lines())
	switch owner := b.owner(role, line); {
	case owner == nil:
		return
	case role == roleOutput:
		owner.Expected, owner.ExpectedLine = text, line
	default:
		owner.Solution, owner.SolutionLine = text, line
	}
	fcb.Parent().RemoveChild(fcb.Parent(), fcb)
}

// owner is the block an {output} or {solution} on line belongs to, or nil
// after recording why there is none.
func (b *builder) owner(role string, line int) *Block {
	owner, what, prev := b.last, "runnable block", 0
	if role == roleSolution {
		owner, what = b.lastExercise, "exercise"
	}
	switch {
	case owner == nil:
		b.st.errorf(line, "this {%s} block has no %s above it to belong to; move it just after one", role, what)
		return nil
	case role == roleOutput:
		prev = owner.ExpectedLine
	default:
		prev = owner.SolutionLine
	}
	if prev != 0 {
		b.st.errorf(line, "the %s block on line %d already has its {%s} block on line %d; remove one of them", owner.Role, owner.Line, role, prev)
		return nil
	}
	return owner
}

// finish checks what can only be checked at the end of the lesson.
func (b *builder) finish() {
	b.unpaired()
	for _, blk := range b.st.blocks {
		if blk.Role == Exercise && blk.ExpectedLine == 0 && !b.malformed {
			b.st.errorf(blk.Line, "this exercise has no required output; add a ```text {output} block after it with what the solution prints")
		}
	}
}
