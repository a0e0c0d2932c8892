package orm

// maxRelatedDepth is how deep select_related() with no fields follows
// foreign keys, as in Django.
const maxRelatedDepth = 5

// relatedColumns joins and selects the select_related models under
// parent, in the order of the parent model's fields, depth first, as
// SQLCompiler.get_related_selections does.
func (c *compiler) relatedColumns(parent *klassInfo, alias string, tree *RelatedTree, cols []string, depth int, prefix string) ([]string, error) {
	if tree == nil && depth > maxRelatedDepth {
		return cols, nil
	}
	for _, f := range parent.model.Fields {
		if f.Kind != ForeignKey {
			continue
		}
		var sub *RelatedTree
		if tree != nil {
			if sub = tree.Children[f.Name]; sub == nil {
				continue
			}
			if c.q.deferredTraversal(prefix, f) {
				return nil, deferredAndTraversed(parent.model, f)
			}
		}
		joined := c.q.join(alias, f.Target.Table, f.Column, "id", false, 0)
		ki := &klassInfo{model: f.Target, via: f, start: len(cols), fields: c.q.loadedFields(f.Target, prefix+f.Name)}
		cols = append(cols, c.modelColumns(joined, ki.fields)...)
		parent.children = append(parent.children, ki)
		if tree != nil && len(sub.Children) == 0 {
			continue
		}
		var err error
		if cols, err = c.relatedColumns(ki, joined, sub, cols, depth+1, prefix+f.Name+"__"); err != nil {
			return nil, err
		}
	}
	if tree != nil {
		return cols, c.checkRelated(parent.model, tree)
	}
	return cols, nil
}

// checkRelated raises Django's FieldError for select_related names that
// are not foreign keys.
func (c *compiler) checkRelated(m *Model, tree *RelatedTree) error {
	for name := range tree.Children {
		f := m.Field(name)
		if f == nil || f.Kind != ForeignKey {
			return invalidRelated(name, m)
		}
	}
	return nil
}
