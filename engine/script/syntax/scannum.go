package syntax

import "strings"

// number scans a numeric literal: an integer in any base, a float or an
// imaginary number, with underscores between digits.
func (s *scanner) number() token {
	start, line, col := s.off, s.line, s.col()
	i := start
	if s.src[i] == '0' && i+1 < len(s.src) && strings.IndexByte("xXoObB", s.src[i+1]) >= 0 {
		return s.radixNumber(line, col)
	}
	i = digitRun(s.src, i, isDigit)
	if lead := s.src[start:i]; i < len(s.src) && strings.IndexByte(".eEjJ", s.src[i]) < 0 && leadingZeros(lead) {
		return s.errorAt(leadingZerosMsg, line, col+1)
	}
	if i < len(s.src) && s.src[i] == '.' {
		i = digitRun(s.src, i+1, isDigit)
	}
	if i < len(s.src) && s.src[i] == '_' {
		return s.errorAt("invalid decimal literal", line, col+i-start+1)
	}
	if i < len(s.src) && (s.src[i] == 'e' || s.src[i] == 'E') {
		j := i + 1
		if j < len(s.src) && (s.src[j] == '+' || s.src[j] == '-') {
			j++
		}
		switch {
		case j < len(s.src) && isDigit(s.src[j]):
			i = digitRun(s.src, j, isDigit)
			if i < len(s.src) && s.src[i] == '_' {
				return s.errorAt("invalid decimal literal", line, col+i-start+1)
			}
		case j > i+1:
			return s.errorAt("invalid decimal literal", line, col+j-start)
		}
	}
	kind := "decimal"
	if i < len(s.src) && (s.src[i] == 'j' || s.src[i] == 'J') {
		i++
		kind = "imaginary"
	}
	if i < len(s.src) && (isNameStart(s.src[i]) || isDigit(s.src[i]) || s.src[i] >= 0x80) && !keywordAfter(s.src[i:]) {
		return s.errorAt("invalid "+kind+" literal", line, col+i-start)
	}
	if leadingZeros(s.src[start:i]) {
		return s.errorAt(leadingZerosMsg, line, col+1)
	}
	return s.make(tNumber, start, i, line, col)
}

// radixNumber scans 0x..., 0o... or 0b....
func (s *scanner) radixNumber(line, col int) token {
	start := s.off
	isDig, name := isHexDigit, "hexadecimal"
	switch s.src[start+1] {
	case 'o', 'O':
		isDig, name = func(c byte) bool { return '0' <= c && c <= '7' }, "octal"
	case 'b', 'B':
		isDig, name = func(c byte) bool { return c == '0' || c == '1' }, "binary"
	}
	i := start + 2
	if i < len(s.src) && s.src[i] == '_' {
		i++
	}
	j := digitRun(s.src, i, isDig)
	if j == i || j < len(s.src) && (isNameStart(s.src[j]) || isDigit(s.src[j])) && !keywordAfter(s.src[j:]) {
		switch {
		case j < len(s.src) && isDigit(s.src[j]):
			return s.errorAt("invalid digit '"+s.src[j:j+1]+"' in "+name+" literal", line, col+j-start+1)
		case j < len(s.src) && s.src[j] == '_' && j > i:
			return s.errorAt("invalid "+name+" literal", line, col+j-start+1)
		}
		return s.errorAt("invalid "+name+" literal", line, col+j-start)
	}
	return s.make(tNumber, start, j, line, col)
}

// digitRun returns the end of the digits from i, single underscores
// allowed between digits.
func digitRun(src string, i int, isDig func(byte) bool) int {
	for i < len(src) {
		if isDig(src[i]) {
			i++
		} else if src[i] == '_' && i+1 < len(src) && isDig(src[i+1]) {
			i += 2
		} else {
			break
		}
	}
	return i
}

func isHexDigit(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// keywordAfter reports whether a keyword that may follow a number
// without a space (1if x else 2, 1or 2) starts rest.
func keywordAfter(rest string) bool {
	for _, k := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(rest, k) && (len(rest) == len(k) || !isNameStart(rest[len(k)]) && !isDigit(rest[len(k)])) {
			return true
		}
	}
	return false
}

const leadingZerosMsg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"

// leadingZeros reports whether lead is a decimal integer written with
// leading zeros, such as 012 (00 and 0_0 are allowed).
func leadingZeros(lead string) bool {
	return len(lead) > 1 && lead[0] == '0' && strings.Trim(lead, "0_") != "" && strings.Trim(lead, "0123456789_") == ""
}
