package template

import (
	"ormlab/engine/py"
)

// withNode is {% with name=value ... %}…{% endwith %}.
type withNode struct {
	names []string
	exprs []*filterExpr
	body  nodeList
}

var kwargRE = lazyRegexp(`^(?:([\p{L}\p{N}_]+)=)?(.+)$`)

// compileWith is Django's do_with, accepting name=value and the legacy
// "value as name" forms.
func compileWith(p *parser, tok token) (node, error) {
	bits := tok.splitContents()
	n := &withNode{}
	rest, err := n.parseKwargs(bits[1:])
	switch {
	case err != nil:
		return nil, err
	case len(n.names) == 0:
		return nil, syntaxError("%s expected at least one variable assignment", py.Quote(bits[0]))
	case len(rest) > 0:
		return nil, syntaxError("%s received an invalid token: %s", py.Quote(bits[0]), py.Quote(rest[0]))
	}
	if n.body, err = p.parse("endwith"); err != nil {
		return nil, err
	}
	p.next()
	return n, nil
}

// parseKwargs is Django's token_kwargs with support_legacy: it consumes
// the assignments, name=value or "value as name and ...", and returns
// the words left over.
func (n *withNode) parseKwargs(bits []string) ([]string, error) {
	if len(bits) > 0 && kwargRE().FindStringSubmatch(bits[0])[1] != "" {
		return n.parseAssignments(bits)
	}
	return n.parseLegacy(bits)
}

func (n *withNode) parseAssignments(bits []string) ([]string, error) {
	for len(bits) > 0 {
		m := kwargRE().FindStringSubmatch(bits[0])
		if m == nil || m[1] == "" {
			return bits, nil
		}
		if err := n.add(m[1], m[2]); err != nil {
			return nil, err
		}
		bits = bits[1:]
	}
	return bits, nil
}

func (n *withNode) parseLegacy(bits []string) ([]string, error) {
	for len(bits) >= 3 && bits[1] == "as" {
		if err := n.add(bits[2], bits[0]); err != nil {
			return nil, err
		}
		bits = bits[3:]
		if len(bits) == 0 || bits[0] != "and" {
			return bits, nil
		}
		bits = bits[1:]
	}
	return bits, nil
}

func (n *withNode) add(name, val string) error {
	fe, err := compileFilter(val)
	if err != nil {
		return err
	}
	for i, existing := range n.names {
		if existing == name {
			n.exprs[i] = fe
			return nil
		}
	}
	n.names, n.exprs = append(n.names, name), append(n.exprs, fe)
	return nil
}

func (n *withNode) render(r *renderer) error {
	values := make([]value, len(n.exprs))
	for i, fe := range n.exprs {
		var err error
		if values[i], err = r.resolveExpr(fe, false); err != nil {
			return err
		}
	}
	s := r.ctx.push()
	defer r.ctx.pop()
	for i, name := range n.names {
		s.set(name, values[i])
	}
	return n.body.render(r)
}
