package syntax

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Literal values: numbers, and strings with CPython's escape decoding
// and the concatenation of adjacent literals.

// number returns the value of the number token t.
func (p *parser) number(t *token) any {
	s := strings.ReplaceAll(t.text, "_", "")
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		return complex(0, parseFloat(s[:len(s)-1]))
	}
	if len(s) > 1 && s[0] == '0' && strings.IndexByte("xXoObB", s[1]) >= 0 {
		n, _ := new(big.Int).SetString(s[2:], map[byte]int{'x': 16, 'o': 8, 'b': 2}[s[1]|0x20])
		return n
	}
	if strings.ContainsAny(s, ".eE") {
		return parseFloat(s)
	}
	if small, err := strconv.ParseInt(s, 10, 64); err == nil {
		return big.NewInt(small)
	}
	n, _ := new(big.Int).SetString(s, 10)
	return n
}

// parseFloat reads a float literal; one too large is inf, as in CPython.
func parseFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// strLit is a string token taken apart.
type strLit struct {
	tok              *token
	raw, bytes, fmt  bool
	unicode          bool
	quote            string
	bodyOff, bodyEnd int // the body's offsets in the source
}

// splitString takes the string token t apart.
func splitString(t *token) strLit {
	i := strings.IndexAny(t.text, "'\"")
	prefix := strings.ToLower(t.text[:i])
	q := quoteAt(t.text, i)
	return strLit{tok: t, quote: q,
		raw:     strings.IndexByte(prefix, 'r') >= 0,
		bytes:   strings.IndexByte(prefix, 'b') >= 0,
		fmt:     strings.IndexByte(prefix, 'f') >= 0,
		unicode: t.text[:i] == "u",
		bodyOff: t.off + i + len(q), bodyEnd: t.end - len(q)}
}

// strings parses adjacent string literals into one Constant, or a
// JoinedStr if one is an f-string.
func (p *parser) strings() Expr {
	start := p.tok()
	var lits []strLit
	anyF, anyBytes, allBytes := false, false, true
	for p.tok().kind == tString {
		l := splitString(p.advance())
		lits = append(lits, l)
		anyF = anyF || l.fmt
		anyBytes = anyBytes || l.bytes
		allBytes = allBytes && l.bytes
	}
	pos := p.span(start.pos)
	if anyBytes && !allBytes {
		p.errorLast("cannot mix bytes and nonbytes literals")
	}
	if anyF {
		return p.joined(lits, pos)
	}
	var value string
	if len(lits) == 1 {
		value = p.decode(lits[0], lits[0].bodyOff, lits[0].bodyEnd)
	} else {
		var b strings.Builder
		for _, l := range lits {
			b.WriteString(p.decode(l, l.bodyOff, l.bodyEnd))
		}
		value = b.String()
	}
	c := &Constant{Pos: pos, Value: value}
	if allBytes {
		c.Value = Bytes(value)
	} else if lits[0].unicode {
		c.Kind = "u"
	}
	return c
}

// decode returns the value of the part of l's body from off to end.
func (p *parser) decode(l strLit, off, end int) string {
	s := p.src[off:end]
	if l.bytes {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				p.raise("SyntaxError", "bytes can only contain ASCII literal characters", l.tok.pos)
			}
		}
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if l.raw || strings.IndexByte(s, '\\') < 0 {
		return s
	}
	return p.unescape(s, l)
}

// unescape decodes backslash escapes as CPython does; an unknown escape
// such as \d stays as written.
func (p *parser) unescape(s string, l strLit) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		i = p.escape(&b, s, i, l) - 1
	}
	return b.String()
}

// simpleEscapes maps the one-letter escapes.
var simpleEscapes = map[byte]byte{
	'\n': 0, '\\': '\\', '\'': '\'', '"': '"', 'a': 7, 'b': 8, 'f': 12,
	'n': '\n', 'r': '\r', 't': '\t', 'v': 11,
}

// escape writes the escape whose letter is s[i] and returns where the
// escape ends.
func (p *parser) escape(b *strings.Builder, s string, i int, l strLit) int {
	c := s[i]
	if v, ok := simpleEscapes[c]; ok {
		if c != '\n' {
			b.WriteByte(v)
		}
		return i + 1
	}
	switch {
	case '0' <= c && c <= '7':
		j := i
		for j < len(s) && j < i+3 && '0' <= s[j] && s[j] <= '7' {
			j++
		}
		n, _ := strconv.ParseUint(s[i:j], 8, 32)
		p.writeCode(b, rune(n), l)
		return j
	case c == 'x':
		return p.hexEscape(b, s, i, 2, l)
	case !l.bytes && c == 'u':
		return p.hexEscape(b, s, i, 4, l)
	case !l.bytes && c == 'U':
		return p.hexEscape(b, s, i, 8, l)
	case !l.bytes && c == 'N':
		return p.namedEscape(b, s, i, l)
	}
	b.WriteByte('\\')
	return i
}

// writeCode writes code point r, or byte r in a bytes literal.
func (p *parser) writeCode(b *strings.Builder, r rune, l strLit) {
	if l.bytes {
		b.WriteByte(byte(r))
		return
	}
	if 0xd800 <= r && r <= 0xdfff {
		b.Write(surrogate(r))
		return
	}
	b.WriteRune(r)
}

// surrogate encodes a lone surrogate, which a Python str may hold and
// UTF-8 may not, as WTF-8 does: the three bytes UTF-8's pattern gives.
func surrogate(r rune) []byte {
	return []byte{0xe0 | byte(r>>12), 0x80 | byte(r>>6)&0x3f, 0x80 | byte(r)&0x3f}
}

// decodeRune decodes the character at s[i:], lone surrogates included.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2]&0xc0 == 0x80 {
		return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return utf8.DecodeRuneInString(s)
}

// hexEscape decodes \x, \u or \U with n hex digits after s[i].
func (p *parser) hexEscape(b *strings.Builder, s string, i, n int, l strLit) int {
	j := i + 1
	for j < len(s) && j < i+1+n && isHexDigit(s[j]) {
		j++
	}
	if j-i-1 < n {
		p.escapeError(l, "truncated \\"+s[i:i+1]+strings.Repeat("X", n)+" escape", i-1, j-1)
	}
	v, _ := strconv.ParseUint(s[i+1:j], 16, 32)
	if v > utf8.MaxRune {
		p.escapeError(l, "illegal Unicode character", i-1, j-1)
	}
	p.writeCode(b, rune(v), l)
	return j
}

// namedEscape refuses \N{...}: the lab carries no Unicode name table.
func (p *parser) namedEscape(b *strings.Builder, s string, i int, l strLit) int {
	end := strings.IndexByte(s[i:], '}')
	if !strings.HasPrefix(s[i:], "N{") || end < 0 {
		p.escapeError(l, "malformed \\N character escape", i-1, len(s)-1)
	}
	name := s[i+2 : i+end]
	if r, ok := unicodeNames[strings.ToUpper(name)]; ok {
		b.WriteRune(r)
		return i + end + 1
	}
	if strings.Trim(strings.ToUpper(name), "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -") != "" || name == "" {
		p.escapeError(l, "unknown Unicode character name", i-1, i+end)
	}
	p.raise("SyntaxError", "\\N{"+name+"} escapes are not supported in the lab: write the character itself", l.tok.pos)
	return 0
}

// escapeError raises CPython's unicode error for a bad escape between
// byte positions from and to of the body.
func (p *parser) escapeError(l strLit, msg string, from, to int) {
	codec := "unicodeescape"
	if l.bytes {
		p.errorLast("(value error) invalid \\x escape at position " + itoa(from))
	}
	p.errorLast("(unicode error) '" + codec + "' codec can't decode bytes in position " +
		itoa(from) + "-" + itoa(to) + ": " + msg)
}

// unicodeNames are the few \N{...} names the lab knows.
var unicodeNames = map[string]rune{
	"EM DASH": '—', "EN DASH": '–', "BULLET": '•', "HORIZONTAL ELLIPSIS": '…',
	"NO-BREAK SPACE": '\u00a0', "DEGREE SIGN": '°', "EURO SIGN": '€',
	"POUND SIGN": '£', "COPYRIGHT SIGN": '©', "MIDDLE DOT": '·',
	"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK": '«', "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK": '»',
	"CHECK MARK": '✓', "RIGHTWARDS ARROW": '→', "SPACE": ' ', "LINE FEED": '\n',
}
