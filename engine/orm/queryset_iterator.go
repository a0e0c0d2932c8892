package orm

import "go.starlark.net/starlark"

func querysetIterator(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var chunk starlark.Value = starlark.None
	if err := starlark.UnpackArgs("iterator", args, kwargs, "chunk_size?", &chunk); err != nil {
		return nil, err
	}
	size := defaultChunkSize
	if chunk != starlark.None {
		n, err := starlark.AsInt32(chunk)
		if err != nil || n <= 0 {
			return nil, valueError("Chunk size must be strictly positive.")
		}
		size = n
	} else if len(qs.prefetch) > 0 {
		return nil, valueError("chunk_size must be provided when using QuerySet.iterator() after prefetch_related().")
	}
	return &rowIterator{qs: qs.chain(), chunk: size}, nil
}

// defaultChunkSize is Django's GET_ITERATOR_CHUNK_SIZE.
const defaultChunkSize = 2000

// rowIterator is QuerySet.iterator(): a generator streaming rows without
// filling the QuerySet's result cache. Like a Python generator it runs
// once; iterating it again yields nothing. Prefetches run per chunk.
type rowIterator struct {
	qs    *QuerySet
	chunk int
	spent bool
}

// String implements starlark.Value.
func (it *rowIterator) String() string { return "<generator object QuerySet._iterator>" }

// Type implements starlark.Value.
func (it *rowIterator) Type() string { return "generator" }

// Freeze implements starlark.Value.
func (it *rowIterator) Freeze() {}

// Truth implements starlark.Value.
func (it *rowIterator) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (it *rowIterator) Hash() (uint32, error) { return 0, nil }

// Iterate runs the query on the first iteration only.
func (it *rowIterator) Iterate() starlark.Iterator {
	if it.spent {
		return &listIterator{}
	}
	it.spent = true
	rows, err := it.qs.rows()
	if err == nil {
		err = it.prefetchChunks(rows)
	}
	if err != nil {
		it.qs.sess.fail(err)
	}
	return &listIterator{items: rows}
}

// prefetchChunks runs the prefetch lookups once per chunk of rows, as
// Django 5 does for iterator(chunk_size=...).
func (it *rowIterator) prefetchChunks(rows []starlark.Value) error {
	if len(it.qs.prefetch) == 0 {
		return nil
	}
	for start := 0; start < len(rows); start += it.chunk {
		part := &QuerySet{sess: it.qs.sess, model: it.qs.model, kind: it.qs.kind, prefetch: it.qs.prefetch, use: it.qs.use}
		part.cache = rows[start:min(start+it.chunk, len(rows))]
		if err := part.runPrefetches(); err != nil {
			return err
		}
	}
	return nil
}
