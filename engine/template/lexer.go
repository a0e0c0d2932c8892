package template

import (
	"regexp"
	"strings"
	"sync"
)

// tokenKind is the kind of a template token, as Django's TokenType.
type tokenKind int

const (
	textToken    tokenKind = iota // literal text
	varToken                      // {{ variable }}
	blockToken                    // {% tag %}
	commentToken                  // {# comment #}
)

// token is one piece of a template: its kind, its contents (the text, or
// what is between the delimiters, stripped) and the line it starts on.
type token struct {
	kind     tokenKind
	contents string
	line     int
}

// tagRE matches a tag; like Django's tag_re, a tag never spans lines.
// lazyRegexp returns a function compiling pattern on its first call: the
// template language is only needed by scripts that render templates, and
// compiling its patterns at start-up would delay every other script's
// first run, most under js/wasm.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

var tagRE = lazyRegexp(`\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}`)

// tokenize splits a template into tokens, as Django's Lexer.tokenize.
func tokenize(src string) []token {
	var tokens []token
	line, upto := 1, 0
	add := func(piece string, inTag bool) {
		if piece != "" {
			tokens = append(tokens, newToken(piece, inTag, line))
			line += strings.Count(piece, "\n")
		}
	}
	for _, m := range tagRE().FindAllStringIndex(src, -1) {
		add(src[upto:m[0]], false)
		add(src[m[0]:m[1]], true)
		upto = m[1]
	}
	add(src[upto:], false)
	return tokens
}

// newToken classifies a piece of the template.
func newToken(piece string, inTag bool, line int) token {
	if !inTag {
		return token{textToken, piece, line}
	}
	contents := strings.TrimSpace(piece[2 : len(piece)-2])
	switch piece[:2] {
	case "{{":
		return token{varToken, contents, line}
	case "{%":
		return token{blockToken, contents, line}
	}
	return token{commentToken, contents, line}
}

// smartSplitRE is Django's smart_split_re: words, keeping quoted phrases
// (with backslash escapes) together.
var smartSplitRE = lazyRegexp(`(?:[^\s'"]*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[^\s'"]*)+)|\S+`)

// splitContents is Django's Token.split_contents: the tag's words, quoted
// strings kept whole, and a translated string _("a b") kept as one.
func (t token) splitContents() []string {
	bits := smartSplitRE().FindAllString(t.contents, -1)
	var out []string
	for i := 0; i < len(bits); i++ {
		bit := bits[i]
		if strings.HasPrefix(bit, `_("`) || strings.HasPrefix(bit, `_('`) {
			sentinel := bit[2:3] + ")"
			for !strings.HasSuffix(bit, sentinel) && i+1 < len(bits) {
				i++
				bit += " " + bits[i]
			}
		}
		out = append(out, bit)
	}
	return out
}
