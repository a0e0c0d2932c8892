package db

import (
	"math"
	"strings"
	"testing"
)

// quoteCorpus holds values whose Quote must equal SQLite's quote().
var quoteCorpus = []any{
	nil, true, false, 0, 1, -1, int64(math.MaxInt64), int64(math.MinInt64), 42,
	"", "abc", "it's", "''", `"double"`, "100%", "%s", "line\nbreak", "tab\t",
	"naïve café", "日本語", "emoji 🎉", "back\\slash", "nul\x00after",
	[]byte{}, []byte{0, 1, 0xab, 0xff}, []byte("hi"),
	0.0, math.Copysign(0, -1), 1.0, -1.0, 10.0, 19.99, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
	100.0, 1e15, 1e16, 1e17, 1e20, 1e-4, 1e-5, 1.5e-7, 123456.789, 3.14159265358979,
	math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, -2.5e-300,
	9007199254740993.0, 0.30000000000000004, 1234567890.12345, 42.5, 7.25, 99.99,
	math.Inf(1), math.Inf(-1), float32(1.5), int32(7),
}

func TestQuoteMatchesSQLite(t *testing.T) {
	conn, err := openConn()
	if err != nil {
		t.Fatal(err)
	}
	defer conn.close()
	stmt, _, err := conn.prepare("SELECT quote(?)")
	if err != nil {
		t.Fatal(err)
	}
	defer stmt.close()
	for _, v := range quoteCorpus {
		n, err := normalizeParam(v)
		if err != nil {
			t.Fatal(err)
		}
		res, _, err := stmt.run([]any{n}, stmtBudget{})
		if err != nil {
			t.Fatal(err)
		}
		want := res.Rows[0][0].(string)
		if got := Quote(v); got != want {
			t.Errorf("Quote(%#v) = %s, SQLite's quote() = %s", v, got, want)
		}
	}
}

func TestQuoteFloats(t *testing.T) {
	// SQLite 3.53's quote() keeps 17 significant digits when its 15-digit
	// form does not read back to the same double.
	tests := []struct {
		v    float64
		want string
	}{
		{19.99, "19.99"}, {10, "10.0"}, {1e20, "1.0e+20"}, {0.1, "0.1"},
		{1.0 / 3, "0.33333333333333332"}, {-0.5, "-0.5"}, {1e-5, "1.0e-05"},
	}
	for _, tt := range tests {
		if got := Quote(tt.v); got != tt.want {
			t.Errorf("Quote(%v) = %s, want %s", tt.v, got, tt.want)
		}
	}
}

func TestInterpolate(t *testing.T) {
	tests := []struct {
		template string
		params   []any
		want     string
	}{
		{"SELECT 1", nil, "SELECT 1"},
		{"SELECT '100%%'", nil, "SELECT '100%%'"},
		{"SELECT '100%%'", []any{}, "SELECT '100%%'"},
		{`SELECT * FROM "t" WHERE "a" = %s AND "b" = %s`, []any{1, "x'y"}, `SELECT * FROM "t" WHERE "a" = 1 AND "b" = 'x''y'`},
		{"SELECT %s LIKE '50%%'", []any{true}, "SELECT 1 LIKE '50%'"},
		{"SELECT %s, %s, %s", []any{nil, 2.5, []byte{0xca, 0xfe}}, "SELECT NULL, 2.5, X'CAFE'"},
		{"SELECT %s, %s", []any{1}, "SELECT 1, %s"},
		{"SELECT %d %s", []any{1}, "SELECT %d 1"},
		{"ends with %", []any{1}, "ends with %"},
	}
	for _, tt := range tests {
		if got := Interpolate(tt.template, tt.params); got != tt.want {
			t.Errorf("Interpolate(%q, %v) = %q, want %q", tt.template, tt.params, got, tt.want)
		}
	}
}

func TestConvertQuery(t *testing.T) {
	// Expected values follow Django's SQLiteCursorWrapper.convert_query:
	// re.sub(r"(?<!%)%s", "?", query).replace("%%", "%").
	tests := []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"WHERE a = %s AND b = %s", "WHERE a = ? AND b = ?"},
		{"LIKE '100%%'", "LIKE '100%'"},
		{"LIKE %s ESCAPE '\\' AND x = '%%s'", "LIKE ? ESCAPE '\\' AND x = '%s'"},
		{"%s%s", "??"},
		{"%%%s", "%%s"},
		{"50%", "50%"},
	}
	for _, tt := range tests {
		if got := convertQuery(tt.in); got != tt.want {
			t.Errorf("convertQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMarkersAgreeByteByByte checks convertQuery and Interpolate, which
// copy the text between markers in pieces, against the plain reading of
// Django's rules one byte at a time, on every template of up to eight
// bytes from an alphabet of markers and text.
func TestMarkersAgreeByteByByte(t *testing.T) {
	params := []any{int64(7), "a'b"}
	alphabet := []byte{'%', 's', 'x', '\''}
	var walk func(prefix []byte)
	walk = func(prefix []byte) {
		tpl := string(prefix)
		if got, want := convertQuery(tpl), convertByteByByte(tpl); got != want {
			t.Fatalf("convertQuery(%q) = %q, want %q", tpl, got, want)
		}
		for n := range len(params) + 1 {
			if got, want := Interpolate(tpl, params[:n]), interpolateByteByByte(tpl, params[:n]); got != want {
				t.Fatalf("Interpolate(%q, %v) = %q, want %q", tpl, params[:n], got, want)
			}
		}
		if len(prefix) == 8 {
			return
		}
		for _, c := range alphabet {
			walk(append(prefix, c))
		}
	}
	walk(nil)
}

// convertByteByByte is re.sub(r"(?<!%)%s", "?", q).replace("%%", "%").
func convertByteByByte(q string) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		if q[i] == '%' && i+1 < len(q) && q[i+1] == 's' && (i == 0 || q[i-1] != '%') {
			b.WriteByte('?')
			i++
			continue
		}
		b.WriteByte(q[i])
	}
	return strings.ReplaceAll(b.String(), "%%", "%")
}

// interpolateByteByByte is Interpolate's rule read one byte at a time:
// %% is %, %s the next parameter while there is one, any other % itself.
func interpolateByteByByte(q string, params []any) string {
	if len(params) == 0 {
		return q
	}
	var b strings.Builder
	next := 0
	for i := 0; i < len(q); i++ {
		switch {
		case q[i] != '%' || i+1 == len(q):
			b.WriteByte(q[i])
		case q[i+1] == '%':
			b.WriteByte('%')
			i++
		case q[i+1] == 's' && next < len(params):
			b.WriteString(Quote(params[next]))
			next++
			i++
		default:
			b.WriteByte('%')
		}
	}
	return b.String()
}
