// Package syntax parses Python 3.12 source into a tree that mirrors
// CPython's ast module node for node (ast.go), for the script runtime's
// interpreter (engine/script/interp).
//
// Parse reads the whole language: every statement (def and class with
// decorators, type parameters and every parameter form; if, for, while,
// try with except and except*, with, match with every pattern kind,
// type aliases, import, global, nonlocal ...), every expression
// (comprehensions, lambdas, the walrus, starred expressions, slices,
// await and yield), and every literal: ints of any size in any base,
// floats, imaginary numbers, strings and bytes with all prefixes and
// CPython's escapes, and f-strings under Python 3.12's rules (PEP 701:
// a field may hold the f-string's own quote). match, case, type and _
// are keywords only where Python makes them so. Positions are CPython's
// (1-based lines, 0-based byte columns); parts of an f-string carry the
// f-string's span, as in 3.11. Dump prints a tree as ast.dump does.
//
// Syntax errors are returned as *Error with CPython 3.11's type
// (SyntaxError, IndentationError, TabError), message, line and offset,
// chosen as CPython chooses among several: a scanning error (an
// unterminated string, a bad number) before the parser's; the parser's
// named mistakes ("expected ':'", "Perhaps you forgot a comma?",
// "Did you mean print(...)?", "cannot assign to ...") before a plain
// "invalid syntax" at the last token read; a bracket left open on an
// earlier line over either; and last the errors CPython finds in a tree
// that parsed: misplaced __future__ imports, then its symbol table's
// (duplicate argument, global and nonlocal misused, 'yield' inside a
// comprehension), then its compiler's ('return' outside function,
// 'break' outside loop, starred targets, async outside async def). Where 3.11 and 3.12 word an error
// differently, the words are 3.11's, since python3 here is 3.11 and the
// tests compare with it.
//
// The tests ask CPython itself: testdata/astdump.py dumps, in one
// python3 process, the trees and errors of every .py file of the
// repository and of the snippets in testdata/corpus and testdata/errors,
// and the tests compare them with Parse's, node by node and position by
// position. Python 3.12's own syntax, which 3.11 rejects, is checked
// against dumps written by hand (testdata/py312.py).
package syntax
