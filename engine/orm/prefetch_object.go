package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/report"
)

// Prefetch is django.db.models.Prefetch: a prefetch_related lookup with
// its own queryset and an optional list attribute to store results in.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-objects
type Prefetch struct {
	Lookup   string
	Queryset *QuerySet
	ToAttr   string
	// eager records whether the prefetched objects get read.
	eager *report.EagerLoad
}

// String implements starlark.Value.
func (p *Prefetch) String() string { return "<Prefetch: " + p.Lookup + ">" }

// Type implements starlark.Value.
func (p *Prefetch) Type() string { return "Prefetch" }

// Freeze implements starlark.Value.
func (p *Prefetch) Freeze() {}

// Truth implements starlark.Value.
func (p *Prefetch) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (p *Prefetch) Hash() (uint32, error) { return starlark.String(p.Lookup).Hash() }

func prefetchNew(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lookup string
	var qs starlark.Value = starlark.None
	var toAttr starlark.Value = starlark.None
	if err := starlark.UnpackArgs("Prefetch", args, kwargs, "lookup", &lookup, "queryset?", &qs, "to_attr?", &toAttr); err != nil {
		return nil, err
	}
	p := &Prefetch{Lookup: lookup}
	if s, ok := toAttr.(starlark.String); ok {
		p.ToAttr = string(s)
	}
	if qs != starlark.None {
		q, ok := qs.(*QuerySet)
		if !ok || q.kind != rowModels {
			return nil, valueError("Prefetch querysets cannot use raw(), values(), and values_list().")
		}
		p.Queryset = q
	}
	return p, nil
}
