package db

import "sync"

// connPool keeps the connections of closed DBs so the next Open reuses
// one: every new connection instantiates SQLite afresh, which under
// js/wasm means allocating and zeroing many megabytes of linear memory.
// Open replaces a reused connection's whole main database, so nothing a
// run wrote survives into the next.
type connPool struct {
	mu    sync.Mutex
	conns []pooled
}

// pooled is an idle connection; pristine ones hold the untouched image
// of scale.
type pooled struct {
	conn     *sqliteConn
	scale    int
	pristine bool
}

// poolSize bounds the idle connections kept (a compare needs two).
const poolSize = 4

var pool connPool

// take returns an idle connection, or a new one with Django's SQL
// functions registered.
func (p *connPool) take() (*sqliteConn, error) {
	p.mu.Lock()
	if n := len(p.conns); n > 0 {
		conn := p.conns[n-1].conn
		p.conns = p.conns[:n-1]
		p.mu.Unlock()
		return conn, nil
	}
	p.mu.Unlock()
	return openConn()
}

// takePristine returns an idle connection still holding the untouched
// image of scale, or nil.
func (p *connPool) takePristine(scale int) *sqliteConn {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := len(p.conns) - 1; i >= 0; i-- {
		if c := p.conns[i]; c.pristine && c.scale == scale {
			p.conns = append(p.conns[:i], p.conns[i+1:]...)
			return c.conn
		}
	}
	return nil
}

// give returns a connection to the pool, ending any transaction a run
// left open and lifting its run's heap limit (the next Open restores an
// image, perhaps larger), or closes it when the pool is full.
func (p *connPool) give(c *sqliteConn, scale int, pristine bool) error {
	c.setHeapLimit(0)
	if !c.autocommit() {
		if err := c.exec("ROLLBACK"); err != nil {
			return c.close()
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.conns) >= poolSize {
		return c.close()
	}
	p.conns = append(p.conns, pooled{conn: c, scale: scale, pristine: pristine})
	return nil
}
