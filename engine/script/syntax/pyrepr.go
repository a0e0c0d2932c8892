package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Python's repr of the values a Constant holds, as ast.dump prints them.

// constRepr returns repr(v) for a Constant's value.
func constRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return floatRepr(v, true)
	case complex128:
		return complexRepr(v)
	case string:
		return strRepr(v)
	case Bytes:
		return bytesRepr(v)
	case Ellipsis:
		return "Ellipsis"
	}
	return "?"
}

// floatRepr formats f as Python's repr does: the shortest digits that
// read back, in fixed notation for exponents from -4 to 15, with ".0"
// on whole numbers when dot0 is set.
func floatRepr(f float64, dot0 bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	if e < -4 || e >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := strconv.Itoa(abs(e))
		if len(es) < 2 {
			es = "0" + es
		}
		if e < 0 {
			return sign + m + "e-" + es
		}
		return sign + m + "e+" + es
	}
	return sign + fixed(digits, e, dot0)
}

// fixed places the decimal point in digits for exponent e.
func fixed(digits string, e int, dot0 bool) string {
	if e < 0 {
		return "0." + strings.Repeat("0", -e-1) + digits
	}
	if len(digits) <= e+1 {
		s := digits + strings.Repeat("0", e+1-len(digits))
		if dot0 {
			s += ".0"
		}
		return s
	}
	return digits[:e+1] + "." + digits[e+1:]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// complexRepr formats an imaginary literal's value as Python does.
func complexRepr(c complex128) string {
	if real(c) == 0 && !math.Signbit(real(c)) {
		return floatRepr(imag(c), false) + "j"
	}
	im := floatRepr(imag(c), false)
	if !strings.HasPrefix(im, "-") {
		im = "+" + im
	}
	return "(" + floatRepr(real(c), false) + im + "j)"
}

// quoteFor picks the quote Python's repr uses for s.
func quoteFor(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// strRepr returns repr(s) for a str.
func strRepr(s string) string {
	q := quoteFor(s)
	var b strings.Builder
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		i += n
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x7f && r >= 0x20 || r > 0x7f && isPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x` + hexPad(int(r), 2))
		case r <= 0xffff:
			b.WriteString(`\u` + hexPad(int(r), 4))
		default:
			b.WriteString(`\U` + hexPad(int(r), 8))
		}
	}
	b.WriteByte(q)
	return b.String()
}

// isPrintable is Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// bytesRepr returns repr(b) for bytes.
func bytesRepr(v Bytes) string {
	q := quoteFor(string(v))
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for _, c := range []byte(v) {
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x` + hexPad(int(c), 2))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func hexPad(n, width int) string {
	h := strconv.FormatInt(int64(n), 16)
	return strings.Repeat("0", width-len(h)) + h
}
