package lesson

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Attachment roles: blocks that belong to a runnable block above them.
const (
	roleOutput   = "output"
	roleSolution = "solution"
)

// allowedAttrs lists, per role, the attributes its info string may carry;
// the ones marked true are required.
var allowedAttrs = map[string]map[string]bool{
	string(Naive):     {},
	string(Optimized): {"budget": true, "scans": false, "rows": false},
	string(Example):   {"budget": false, "scans": false, "rows": false, "raises": false},
	string(Exercise):  {"budget": true, "scans": false, "rows": false},
	roleOutput:        {},
	roleSolution:      {},
}

const roleList = "naive, optimized, example, exercise, output or solution"

var identPattern = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.]*$`)

// fence is a parsed info string such as `python {optimized budget=1}`.
type fence struct {
	lang  string
	role  string
	attrs map[string]string
}

// parseFence reads an info string. ok is false when the block is plain
// Markdown code (no braces); msg says what is wrong with a malformed one.
func parseFence(infoText string) (f fence, ok bool, msg string) {
	open := strings.IndexByte(infoText, '{')
	if open < 0 {
		return f, false, ""
	}
	f.lang = strings.TrimSpace(infoText[:open])
	body, rest, closed := strings.Cut(infoText[open+1:], "}")
	if !closed {
		return f, true, fmt.Sprintf("info string %q has no closing \"}\"; write e.g. ```python {naive}", infoText)
	}
	if strings.TrimSpace(rest) != "" {
		return f, true, fmt.Sprintf("info string %q has text after \"}\"; put every attribute inside the braces", infoText)
	}
	fields := strings.Fields(body)
	if len(fields) == 0 || strings.Contains(fields[0], "=") {
		return f, true, fmt.Sprintf("info string %q names no role; start the braces with %s", infoText, roleList)
	}
	f.role, f.attrs = fields[0], map[string]string{}
	return f, true, f.readAttrs(fields[1:])
}

// readAttrs reads key=value fields and checks them against the role.
func (f *fence) readAttrs(fields []string) string {
	allowed, known := allowedAttrs[f.role]
	if !known {
		return fmt.Sprintf("unknown block role %q; use %s", f.role, roleList)
	}
	for _, field := range fields {
		key, value, ok := strings.Cut(field, "=")
		if _, allow := allowed[key]; !ok || !allow {
			return fmt.Sprintf("{%s} blocks take %s, not %q", f.role, attrList(allowed), field)
		}
		if _, dup := f.attrs[key]; dup {
			return fmt.Sprintf("attribute %q is given twice; keep one", key)
		}
		if msg := checkAttr(key, value); msg != "" {
			return msg
		}
		f.attrs[key] = value
	}
	for key, required := range allowed {
		if _, set := f.attrs[key]; required && !set {
			return fmt.Sprintf("{%s} blocks need %s=N, the most queries they may send; write e.g. {%s %s=1}", f.role, key, f.role, key)
		}
	}
	return ""
}

// checkAttr says what is wrong with one attribute value.
func checkAttr(key, value string) string {
	if key == "raises" {
		if !identPattern.MatchString(value) {
			return fmt.Sprintf("raises must name an exception type, e.g. raises=FieldError; got %q", value)
		}
		return ""
	}
	if n, err := strconv.Atoi(value); err != nil || n < 0 {
		return fmt.Sprintf("%s must be a whole number (0 or more), got %q; write e.g. %s=2", key, value, key)
	}
	return ""
}

// attrList names the attributes a role takes, for error messages.
func attrList(allowed map[string]bool) string {
	if len(allowed) == 0 {
		return "no attributes"
	}
	var names []string
	for _, k := range []string{"budget", "scans", "rows", "raises"} {
		if _, ok := allowed[k]; ok {
			names = append(names, k+"=…")
		}
	}
	return strings.Join(names, ", ")
}

// number is an attribute's value as a number, or NoBudget when unset.
func (f fence) number(key string) int {
	v, ok := f.attrs[key]
	if !ok {
		return NoBudget
	}
	n, _ := strconv.Atoi(v)
	return n
}
