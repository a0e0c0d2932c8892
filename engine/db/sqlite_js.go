//go:build js

package db

import (
	"encoding/binary"
	"errors"
	"math"
	"sync"
	"syscall/js"
	"unsafe"
)

// The js/wasm driver: SQLite compiled from C to its own WebAssembly module
// and loaded by site/src/sqlite.js, which the host (the site's worker, or
// wasm/hosts_node.mjs under Node) installs as globalThis.ormlabSQLite
// before the engine starts. SQLite compiled by Go's wasm backend (the
// native driver's go-sqlite3) doubled the engine's size and its compile
// time on a cold start.
//
// Byte formats, all little-endian, shared with sqlite.js:
//
//	value:      tag u8 (1 integer, 2 float, 3 text, 4 blob, 5 null), then
//	            i64 | f64 | u32 length + bytes | nothing
//	parameters: values, one after another
//	run input:  the statement's budget, f64 × 4 (deadline in Date.now()
//	            milliseconds, progress-handler calls, bytes of rows, bytes
//	            of SQLite heap growth; 0 means no limit), then parameters
//	prepare:    statement u32, tail offset u32, parameter count u32,
//	            read-only u8
//	run:        column count u32, names (u32 length + UTF-8); rows, each
//	            1 u8 and a value per column; 0 u8; result code u32 and,
//	            when not 0, the message and the limit the statement was
//	            stopped at, u8 (a limitHit, 0 when none); counters u32 × 4 (VM steps, full
//	            scan steps, sorts, automatic indexes); changes i64; last
//	            insert rowid i64

const (
	tagInteger = 1
	tagFloat   = 2
	tagText    = 3
	tagBlob    = 4
	tagNull    = 5
)

// jsBridge holds the JavaScript side and the buffers calls go through.
type jsBridge struct {
	mu       sync.Mutex
	v        js.Value
	input    js.Value
	inputCap int
	out      js.Value
	outCap   int
	enc      []byte
	recv     []byte
	// images maps a database image (its first byte's address and length)
	// to its key in the JavaScript side's image cache.
	images map[imageKey]int
}

type imageKey struct {
	p *byte
	n int
}

var bridge = sync.OnceValues(func() (*jsBridge, error) {
	v := js.Global().Get("ormlabSQLite")
	if v.Type() != js.TypeObject {
		return nil, errors.New("SQLite is not loaded: the host sets globalThis.ormlabSQLite (site/src/sqlite.js) before starting the engine")
	}
	v.Call("setFunctionHandler", js.FuncOf(callFunction))
	actions := make([]any, len(authorizedActions))
	for i, a := range authorizedActions {
		actions[i] = a
	}
	v.Call("setSandbox", js.FuncOf(callAuthorizer), actions, progressPeriod)
	return &jsBridge{v: v, images: map[imageKey]int{}}, nil
})

// lastRefusal is why the authorizer last denied an action. The bridge
// runs one call at a time, so one variable serves every connection.
var lastRefusal string

// callAuthorizer is the authorizer sqlite.js installs: args are (action,
// name or null, argument or null); it returns why refusal denies the
// action, or "".
func callAuthorizer(_ js.Value, args []js.Value) any {
	why := refusal(args[0].Int(), jsText(args[1]), jsText(args[2]))
	if why != "" {
		lastRefusal = why
	}
	return why
}

// jsText is a string argument, or "" for null as go-sqlite3 passes it.
func jsText(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// callFunction runs djangoFunctions[index] for SQLite: args are
// (index, [text or null, ...]); a function that raises returns
// {error: message}.
func callFunction(_ js.Value, args []js.Value) any {
	f := djangoFunctions[args[0].Int()]
	list := args[1]
	vals := make([]*string, list.Length())
	for i := range vals {
		if v := list.Index(i); !v.IsNull() {
			s := v.String()
			vals[i] = &s
		}
	}
	switch r := f.fn(vals).(type) {
	case int, bool, string:
		return r
	case raised:
		return map[string]any{"error": raisedMessage}
	}
	return nil
}

// send copies data into the JavaScript input buffer.
func (b *jsBridge) send(data []byte) int {
	if len(data) == 0 {
		return 0
	}
	if len(data) > b.inputCap {
		b.input = b.v.Call("input", len(data))
		b.inputCap = b.input.Length()
	}
	js.CopyBytesToJS(b.input, data)
	return len(data)
}

// sendString is send for text, which it copies across without a copy in
// Go first.
func (b *jsBridge) sendString(s string) int {
	return b.send(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// receive copies the first n bytes of the JavaScript output buffer.
func (b *jsBridge) receive(n int) []byte {
	if n > b.outCap {
		b.out = b.v.Get("out")
		b.outCap = b.out.Length()
	}
	if cap(b.recv) < n {
		b.recv = make([]byte, n)
	}
	js.CopyBytesToGo(b.recv[:n], b.out)
	return b.recv[:n]
}

type sqliteConn struct {
	b  *jsBridge
	db int
	// guarded is set while the authorizer is installed (guard).
	guarded bool
}

type sqliteStmt struct {
	c        *sqliteConn
	st       int
	binds    int
	readonly bool
}

func openConn() (*sqliteConn, error) {
	b, err := bridge()
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	db := b.v.Call("open").Int()
	if db < 0 {
		return nil, &sqliteError{code: -db, msg: "unable to open an in-memory database"}
	}
	c := &sqliteConn{b: b, db: db}
	for i, f := range djangoFunctions {
		if rc := b.v.Call("createFunction", db, f.name, f.args, i).Int(); rc < 0 {
			err := c.fail(rc)
			b.v.Call("close", db)
			return nil, err
		}
	}
	return c, nil
}

// fail is the error for a negative result from the bridge.
func (c *sqliteConn) fail(rc int) error {
	return &sqliteError{code: -rc, msg: c.b.v.Call("errmsg", c.db).String()}
}

// check is fail for a negative rc, otherwise nil.
func (c *sqliteConn) check(rc int) error {
	if rc < 0 {
		return c.fail(rc)
	}
	return nil
}

// guard installs the sandbox's authorizer while the connection compiles
// SQL a script wrote, and removes it otherwise: SQLite calls it for every
// column a statement reads, a call out of SQLite's module into
// JavaScript the ORM's own statements (which never attach or set
// pragmas) need not pay.
func (c *sqliteConn) guard(on bool) error {
	if on == c.guarded {
		return nil
	}
	c.b.mu.Lock()
	defer c.b.mu.Unlock()
	if err := c.check(c.b.v.Call("guard", c.db, on).Int()); err != nil {
		return err
	}
	c.guarded = on
	return nil
}

// refused is why the authorizer last denied an action.
func (c *sqliteConn) refused() string {
	return lastRefusal
}

// setHeapLimit does nothing here: each statement's budget carries the
// limit to sqlite.js, which bounds how far SQLite's memory may grow.
func (c *sqliteConn) setHeapLimit(int64) {}

func (c *sqliteConn) close() error {
	c.b.mu.Lock()
	defer c.b.mu.Unlock()
	if rc := c.b.v.Call("close", c.db).Int(); rc < 0 {
		return &sqliteError{code: -rc, msg: "unable to close the database"}
	}
	return nil
}

// deserialize replaces the main database with data and configures the
// connection as Django's get_new_connection does (foreign keys on,
// legacy_alter_table off). The JavaScript side keeps a copy of each
// image, so restoring one again copies nothing across. Images pass in
// their own arrays, not the input buffer, which would stay image-sized.
func (c *sqliteConn) deserialize(data []byte) error {
	b := c.b
	b.mu.Lock()
	defer b.mu.Unlock()
	key := imageKey{unsafe.SliceData(data), len(data)}
	id, ok := b.images[key]
	if !ok {
		id = len(b.images) + 1
		image := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(image, data)
		b.v.Call("remember", id, image)
		b.images[key] = id
	}
	return c.check(b.v.Call("deserialize", c.db, id).Int())
}

// serialize copies the main database out; it arrives in an array of its
// own rather than the output buffer, for the same reason.
func (c *sqliteConn) serialize() ([]byte, error) {
	c.b.mu.Lock()
	defer c.b.mu.Unlock()
	image := c.b.v.Call("serialize", c.db)
	if image.Type() == js.TypeNumber {
		return nil, c.fail(image.Int())
	}
	data := make([]byte, image.Length())
	js.CopyBytesToGo(data, image)
	return data, nil
}

func (c *sqliteConn) exec(sql string) error {
	b := c.b
	b.mu.Lock()
	defer b.mu.Unlock()
	return c.check(b.v.Call("exec", c.db, b.sendString(sql)).Int())
}

func (c *sqliteConn) autocommit() bool {
	c.b.mu.Lock()
	defer c.b.mu.Unlock()
	return c.b.v.Call("autocommit", c.db).Bool()
}

func (c *sqliteConn) prepare(sql string) (*sqliteStmt, string, error) {
	b := c.b
	b.mu.Lock()
	defer b.mu.Unlock()
	n := b.v.Call("prepare", c.db, b.sendString(sql)).Int()
	if n < 0 {
		return nil, "", c.fail(n)
	}
	out := b.receive(n)
	st := int(binary.LittleEndian.Uint32(out))
	tail := sql[min(int(binary.LittleEndian.Uint32(out[4:])), len(sql)):]
	if st == 0 {
		return nil, tail, nil
	}
	return &sqliteStmt{c: c, st: st, binds: int(binary.LittleEndian.Uint32(out[8:])), readonly: out[12] != 0}, tail, nil
}

func (s *sqliteStmt) close() {
	s.c.b.mu.Lock()
	defer s.c.b.mu.Unlock()
	s.c.b.v.Call("finalize", s.st)
}

func (s *sqliteStmt) bindCount() int {
	return s.binds
}

func (s *sqliteStmt) readOnly() bool {
	return s.readonly
}

// run binds params, steps to the end and resets, in one call across.
func (s *sqliteStmt) run(params []any, budget stmtBudget) (*Result, Counters, error) {
	b := s.c.b
	b.mu.Lock()
	defer b.mu.Unlock()
	var deadline int64
	if !budget.deadline.IsZero() {
		deadline = budget.deadline.UnixMilli()
	}
	// The budget travels in the input buffer with the parameters: four
	// more arguments to the call cost more than the copy.
	enc := b.enc[:0]
	for _, v := range [...]int64{deadline, budget.maxTicks, budget.maxBytes, budget.maxHeap} {
		enc = binary.LittleEndian.AppendUint64(enc, math.Float64bits(float64(v)))
	}
	enc, err := appendParams(enc, params)
	if err != nil {
		return &Result{Columns: []string{}}, Counters{}, err
	}
	b.enc = enc
	n := b.v.Call("run", s.c.db, s.st, b.send(enc)).Int()
	return decodeRun(b.receive(n), budget.maxBytes)
}

// appendParams encodes normalized parameters.
func appendParams(buf []byte, params []any) ([]byte, error) {
	for i, p := range params {
		switch v := p.(type) {
		case nil:
			buf = append(buf, tagNull)
		case int64:
			buf = binary.LittleEndian.AppendUint64(append(buf, tagInteger), uint64(v))
		case float64:
			buf = binary.LittleEndian.AppendUint64(append(buf, tagFloat), math.Float64bits(v))
		case string:
			buf = append(binary.LittleEndian.AppendUint32(append(buf, tagText), uint32(len(v))), v...)
		case []byte:
			buf = append(binary.LittleEndian.AppendUint32(append(buf, tagBlob), uint32(len(v))), v...)
		default:
			return buf, unsupportedParam(i+1, p)
		}
	}
	return buf, nil
}

// reader decodes the byte formats above.
type reader struct {
	b   []byte
	pos int
}

func (r *reader) u8() byte {
	v := r.b[r.pos]
	r.pos++
	return v
}

func (r *reader) u32() int {
	v := binary.LittleEndian.Uint32(r.b[r.pos:])
	r.pos += 4
	return int(v)
}

func (r *reader) u64() uint64 {
	v := binary.LittleEndian.Uint64(r.b[r.pos:])
	r.pos += 8
	return v
}

func (r *reader) bytes() []byte {
	n := r.u32()
	v := r.b[r.pos : r.pos+n]
	r.pos += n
	return v
}

// value reads one tagged value.
func (r *reader) value() any {
	switch r.u8() {
	case tagInteger:
		return int64(r.u64())
	case tagFloat:
		return math.Float64frombits(r.u64())
	case tagText:
		return string(r.bytes())
	case tagBlob:
		return append([]byte{}, r.bytes()...)
	}
	return nil
}

// decodeRun reads what run wrote, and stops at hitRows when the rows
// hold more than maxBytes (0: no limit).
func decodeRun(b []byte, maxBytes int64) (*Result, Counters, error) {
	r := &reader{b: b}
	res := &Result{Columns: make([]string, r.u32())}
	for i := range res.Columns {
		res.Columns[i] = string(r.bytes())
	}
	for r.u8() == 1 {
		row := make([]any, len(res.Columns))
		for i := range row {
			row[i] = r.value()
		}
		res.Rows = append(res.Rows, row)
		res.bytes += rowBytes(row)
	}
	var err error
	if rc := r.u32(); rc != 0 {
		err = &sqliteError{code: rc, msg: string(r.bytes())}
		if hit := limitHit(r.u8()); hit != 0 {
			err = hit
		}
	}
	if maxBytes > 0 && res.bytes > maxBytes {
		err = hitRows
	}
	counters := Counters{VMSteps: r.u32(), FullScanSteps: r.u32(), Sorts: r.u32(), AutoIndexes: r.u32()}
	res.RowsAffected = int64(r.u64())
	res.LastInsertID = int64(r.u64())
	return res, counters, err
}
