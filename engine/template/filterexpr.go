package template

// filterExpr is Django's FilterExpression: a variable and the filters
// applied to it, as in {{ book.title|truncatechars:20|upper }}.
type filterExpr struct {
	text    string
	head    *variable
	filters []filterCall
}

// filterCall is one filter with its argument, if any.
type filterCall struct {
	filter *filter
	arg    *variable // nil when none; a literal or a lookup
}

// The pieces of Django's filter_re. Python's \w and \d match any letter
// or digit, hence the Unicode classes.
const (
	word     = `\p{L}\p{N}\p{Mn}_`
	strDQ    = `"[^"\\]*(?:\\.[^"\\]*)*"`
	strSQ    = `'[^'\\]*(?:\\.[^'\\]*)*'`
	constant = `(?:_\(` + strDQ + `\)|_\(` + strSQ + `\)|` + strDQ + `|` + strSQ + `)`
	num      = `[-+.]?\p{Nd}[\p{Nd}.e]*`
	varChars = `[` + word + `.]+`
)

// filterRE matches the variable at the start of an expression, then each
// |filter:argument.
var filterRE = lazyRegexp(`^(?P<constant>` + constant + `)|^(?P<var>` + varChars + `|` + num + `)|` +
	`(?:\s*\|\s*(?P<filter_name>[` + word + `]+)(?::(?:(?P<constant_arg>` + constant + `)|(?P<var_arg>` + varChars + `|` + num + `)))?)`)

// compileFilter parses an expression as Django's FilterExpression, with
// its TemplateSyntaxError messages.
func compileFilter(text string) (*filterExpr, error) {
	fe := &filterExpr{text: text}
	upto := 0
	for _, m := range filterRE().FindAllStringSubmatchIndex(text, -1) {
		if m[0] != upto {
			return nil, syntaxError("Could not parse some characters: %s|%s|%s", text[:upto], text[upto:m[0]], text[m[0]:])
		}
		if err := fe.add(text, m); err != nil {
			return nil, err
		}
		upto = m[1]
	}
	if upto != len(text) {
		return nil, syntaxError("Could not parse the remainder: '%s' from '%s'", text[upto:], text)
	}
	return fe, nil
}

// add adds one match: the head variable first, then filters.
func (fe *filterExpr) add(text string, m []int) error {
	group := func(name string) string {
		i := filterRE().SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	if fe.head == nil {
		return fe.setHead(text, group("constant"), group("var"))
	}
	return fe.addFilter(group("filter_name"), group("constant_arg"), group("var_arg"))
}

func (fe *filterExpr) setHead(text, constant, name string) error {
	if constant == "" && name == "" {
		return syntaxError("Could not find variable at start of %s.", text)
	}
	v, err := newVariable(constant + name)
	fe.head = v
	return err
}

func (fe *filterExpr) addFilter(name, constantArg, varArg string) error {
	f, err := findFilter(name)
	if err != nil {
		return err
	}
	call := filterCall{filter: f}
	if arg := constantArg + varArg; arg != "" {
		if call.arg, err = newVariable(arg); err != nil {
			return err
		}
	}
	if err := f.checkArgs(call.arg != nil); err != nil {
		return err
	}
	fe.filters = append(fe.filters, call)
	return nil
}
