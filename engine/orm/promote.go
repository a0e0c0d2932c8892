package orm

// promoter decides INNER versus LEFT OUTER joins for one Q node, as
// Django's JoinPromoter does: under OR, a join not every child needs must
// not drop rows, so it becomes LEFT OUTER; under AND it can stay INNER.
type promoter struct {
	conn     string // effective connector: negation swaps AND and OR
	children int
	votes    map[string]int
}

func newPromoter(conn string, children int, negated bool) *promoter {
	// Negation makes AND act as OR and anything else (OR, XOR) as AND;
	// an XOR not negated promotes and demotes nothing.
	if negated && conn == "AND" {
		conn = "OR"
	} else if negated {
		conn = "AND"
	}
	return &promoter{conn: conn, children: children, votes: map[string]int{}}
}

func (p *promoter) add(aliases []string) {
	for _, a := range aliases {
		p.votes[a]++
	}
}

// update promotes and demotes the voted joins and returns the aliases
// the node needs as INNER joins, its vote in the parent node.
func (p *promoter) update(q *Query) []string {
	var promote, demote []string
	for a, n := range p.votes {
		if p.conn == "OR" && n < p.children {
			promote = append(promote, a)
		}
		if p.conn == "AND" || n == p.children {
			demote = append(demote, a)
		}
	}
	q.promote(promote)
	q.demote(demote)
	return demote
}

func (q *Query) alias(name string) *Alias {
	for _, a := range q.aliases {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// promote makes nullable joins (and joins under an outer join) LEFT OUTER,
// then their children too.
func (q *Query) promote(names []string) {
	for i := 0; i < len(names); i++ {
		a := q.alias(names[i])
		if a == nil || a.Join == nil || a.Join.Outer {
			continue
		}
		parent := q.alias(a.Join.Parent)
		if a.Join.MultiHop || (parent != nil && parent.Join != nil && parent.Join.Outer) {
			a.Join.Outer = true
			for _, child := range q.aliases {
				if child.Join != nil && child.Join.Parent == a.Name {
					names = append(names, child.Name)
				}
			}
		}
	}
}

// demote makes outer joins INNER again, and their parents.
func (q *Query) demote(names []string) {
	for i := 0; i < len(names); i++ {
		a := q.alias(names[i])
		if a == nil || a.Join == nil || !a.Join.Outer {
			continue
		}
		a.Join.Outer = false
		names = append(names, a.Join.Parent)
	}
}

// innerJoins lists the joins that are INNER now.
func (q *Query) innerJoins() []string {
	var out []string
	for _, a := range q.aliases {
		if a.Join != nil && !a.Join.Outer {
			out = append(out, a.Name)
		}
	}
	return out
}
