// Package syntax parses Python 3.12 source into a tree that mirrors
// CPython's ast module, for the script runtime's interpreter
// (engine/script/interp). Syntax errors carry CPython 3.11's type,
// message, line and column.
package syntax
