// SQLite for the engine under js/wasm: the C library compiled to its own
// WebAssembly module (sqlite3.wasm from the pinned @sqlite.org/sqlite-wasm
// package), driven through its C API by the few calls engine/db's js
// driver (engine/db/sqlite_js.go) makes.
//
// SQLite compiled by Go's wasm backend made the engine twice the size and
// took about a second to compile on a cold start; this module is 0.87 MB
// and compiles in milliseconds. Only the library is used: the package's
// JavaScript (its OPFS, worker and object APIs) is not loaded, so the
// module gets a small environment of its own below. The only database is
// an in-memory one, so every file system call fails with ENOSYS.
//
// The calling convention keeps crossings between Go and JavaScript few:
// Go writes variable-length input (SQL text, parameters, a database image)
// into the Uint8Array that input(n) returns, and reads variable-length
// results from `out`. Methods return a negative SQLite result code on
// failure, errmsg(db) then says why. The byte formats are described in
// sqlite_js.go, which reads and writes them.
//
// The engine's sandbox (engine/db/sandbox.go, limits.go) holds here too:
// an authorizer asks the engine about the actions it names, a progress
// handler stops a statement past its VM-step budget or deadline, run
// stops reading rows past its byte budget, and SQLite's memory may grow
// only so much during a statement.

const SQLITE_ROW = 100;
const SQLITE_DONE = 101;
const SQLITE_TRANSIENT = -1;
const SQLITE_INTERRUPT = 9;
const SQLITE_DENY = 1;
// HIT names the limit run stopped a statement at, as sqlite_js.go reads it.
const HIT = { none: 0, steps: 1, time: 2, rows: 3 };

// budgetBytes is the size of the budget at the start of run's input.
const budgetBytes = 32;
const TAG = { integer: 1, float: 2, text: 3, blob: 4, null: 5 };

// loadSQLite instantiates sqlite3.wasm from a Response (compiled as it
// streams in), its bytes or its compiled WebAssembly.Module, and returns
// the bridge object the Go driver expects on globalThis.ormlabSQLite; its
// `module` is the compiled module, for reuse.
export async function loadSQLite(source) {
  const memory = new WebAssembly.Memory({ initial: 128, maximum: 32768 });
  const heap = { max: Infinity }; // the most bytes memory may grow to now
  const imports = environment(memory, heap);
  let module, instance;
  if (source instanceof WebAssembly.Module) {
    module = source;
    instance = await WebAssembly.instantiate(module, imports);
  } else if (typeof Response !== "undefined" && source instanceof Response && WebAssembly.instantiateStreaming) {
    ({ module, instance } = await WebAssembly.instantiateStreaming(source, imports));
  } else {
    const bytes = source instanceof Response ? await source.arrayBuffer() : source;
    ({ module, instance } = await WebAssembly.instantiate(bytes, imports));
  }
  const x = instance.exports;
  x.__wasm_call_ctors();
  const rc = x.sqlite3_initialize();
  if (rc !== 0) throw { type: "LoadError", message: `SQLite failed to initialize (result code ${rc})` };
  return Object.assign(bridge(x, memory, heap), { module });
}

// environment is what sqlite3.wasm imports: its memory, clocks and heap
// growth, up to heap.max; the file system calls an in-memory database
// never needs fail.
function environment(memory, heap) {
  const ENOSYS = 52;
  const known = {
    memory,
    emscripten_date_now: () => Date.now(),
    emscripten_get_now: () => performance.now(),
    emscripten_get_heap_max: () => 32768 * 65536,
    emscripten_resize_heap: (requested) => {
      const have = memory.buffer.byteLength;
      const want = Math.min(Math.max(requested, Math.min(2 * have, have + 64 * 1024 * 1024)), heap.max);
      if (want < requested) return 0;
      try {
        memory.grow(Math.ceil((want - have) / 65536));
        return 1;
      } catch {
        return 0;
      }
    },
    _tzset_js: () => {},
    _localtime_js: () => {},
    _mmap_js: () => -ENOSYS,
    _munmap_js: () => -ENOSYS,
  };
  const env = new Proxy(known, { get: (o, name) => (name in o ? o[name] : () => -ENOSYS) });
  const wasiKnown = {
    environ_sizes_get: (count, size) => {
      new Uint32Array(memory.buffer, count, 1)[0] = 0;
      new Uint32Array(memory.buffer, size, 1)[0] = 0;
      return 0;
    },
    environ_get: () => 0,
  };
  const wasi = new Proxy(wasiKnown, { get: (o, name) => (name in o ? o[name] : () => ENOSYS) });
  return { env, wasi_snapshot_preview1: wasi };
}

// bridge returns the object the Go driver calls.
function bridge(x, memory, heapLimit) {
  let heap = new Uint8Array(memory.buffer);
  const heapU8 = () => (heap.buffer === memory.buffer ? heap : (heap = new Uint8Array(memory.buffer)));
  const utf8 = new TextDecoder();
  const encoder = new TextEncoder();

  // scratch is SQLite-heap space for text passed into a call; SQLite
  // copies what it keeps (SQLITE_TRANSIENT), so it is reused.
  let scratchPtr = 0;
  let scratchCap = 0;
  const scratch = (n) => {
    if (n > scratchCap) {
      if (scratchPtr) x.sqlite3_free(scratchPtr);
      scratchCap = Math.max(n, 2 * scratchCap, 4096);
      scratchPtr = x.sqlite3_malloc(scratchCap);
      if (!scratchPtr) {
        scratchCap = 0;
        throw new Error("SQLite is out of memory");
      }
    }
    return scratchPtr;
  };
  // copyIn puts input[0:n] into scratch with a terminating NUL.
  const copyIn = (n) => {
    const p = scratch(n + 1);
    const h = heapU8();
    h.set(input.subarray(0, n), p);
    h[p + n] = 0;
    return p;
  };
  const words = x.sqlite3_malloc(16); // out-parameters
  const u32At = (p) => new DataView(memory.buffer).getUint32(p, true);
  const cstring = (s) => {
    const b = encoder.encode(s + "\0");
    const p = x.sqlite3_malloc(b.length);
    heapU8().set(b, p);
    return p;
  };
  const readCString = (p) => {
    const h = heapU8();
    return utf8.decode(h.subarray(p, h.indexOf(0, p)));
  };
  const mainName = cstring("main");

  let input = new Uint8Array(1 << 16);
  const images = new Map(); // key → database image
  const w = new Writer();

  // The sandbox: authorize(action, name, arg) returns why the engine
  // refuses an action in `checked`, or ""; the progress handler stops a
  // statement past `budget`, and `hit` says which limit it reached.
  let authorize = null;
  let checked = new Set();
  let authorizer = 0;
  let progress = 0;
  let progressPeriod = 1000;
  const budget = { deadline: 0, maxTicks: 0, ticks: 0, hit: HIT.none };
  const cstringOrNull = (p) => (p ? readCString(p) : null);
  let trusted = false; // set while the bridge itself runs SQL
  const onAuthorize = (_, action, name, arg) =>
    !trusted && checked.has(action) && authorize(action, cstringOrNull(name), cstringOrNull(arg)) ? SQLITE_DENY : 0;
  const onProgress = () => {
    budget.ticks++;
    if (budget.maxTicks && budget.ticks > budget.maxTicks) budget.hit = HIT.steps;
    else if (budget.deadline && Date.now() > budget.deadline) budget.hit = HIT.time;
    return budget.hit === HIT.none ? 0 : 1;
  };

  // SQL functions: one wasm-callable trampoline calls the Go handler with
  // the function's index (its user data) and its arguments as text.
  let handler = null;
  let trampoline = 0;
  const callFunction = (ctx, argc, argv) => {
    const args = [];
    for (let i = 0; i < argc; i++) {
      const v = u32At(argv + 4 * i);
      if (x.sqlite3_value_type(v) === TAG.null) {
        args.push(null);
        continue;
      }
      const p = x.sqlite3_value_text(v);
      const n = x.sqlite3_value_bytes(v);
      args.push(utf8.decode(heapU8().subarray(p, p + n)));
    }
    const result = handler(x.sqlite3_user_data(ctx), args);
    if (result === null || result === undefined) x.sqlite3_result_null(ctx);
    else if (typeof result === "boolean") x.sqlite3_result_int(ctx, result ? 1 : 0);
    else if (typeof result === "number") x.sqlite3_result_int64(ctx, BigInt(result));
    else if (typeof result === "object") {
      // The function raised: SQLite fails the statement with its message.
      const b = encoder.encode(result.error);
      const p = x.sqlite3_malloc(b.length + 1);
      heapU8().set(b, p);
      x.sqlite3_result_error(ctx, p, b.length);
      x.sqlite3_free(p);
    } else {
      const b = encoder.encode(String(result));
      const p = x.sqlite3_malloc(b.length + 1);
      heapU8().set(b, p);
      x.sqlite3_result_text(ctx, p, b.length, SQLITE_TRANSIENT);
      x.sqlite3_free(p);
    }
  };

  return {
    get out() {
      return w.bytes;
    },
    // input returns a buffer of at least n bytes for the next call's input.
    input(n) {
      if (n > input.length) input = new Uint8Array(Math.max(n, 2 * input.length));
      return input;
    },
    // setFunctionHandler sets the Go function SQL functions call:
    // handler(index, args) → null, boolean, number, string or
    // {error: message} when the function raises.
    setFunctionHandler(fn) {
      handler = fn;
    },
    // setSandbox sets the function the authorizer asks about the action
    // codes in `actions`, fn(action, name, arg) → why it refuses or "",
    // and how many VM steps run between two calls of the progress handler.
    setSandbox(fn, actions, period) {
      authorize = fn;
      checked = new Set(actions);
      progressPeriod = period;
    },
    errmsg: (db) => readCString(x.sqlite3_errmsg(db)),
    open() {
      // A private memdb database rather than ":memory:": it keeps the file
      // header as a file would (change counter, SQLite version), so Build
      // makes the same image bytes as the native driver.
      const name = cstring("file:ormlab?vfs=memdb");
      const rc = x.sqlite3_open_v2(name, words, 0x2 | 0x4 | 0x40, 0); // READWRITE | CREATE | URI
      x.sqlite3_free(name);
      const db = u32At(words);
      if (rc !== 0) {
        if (db) x.sqlite3_close_v2(db);
        return -rc;
      }
      x.sqlite3_extended_result_codes(db, 1);
      if (!progress) progress = addFunction(x.__indirect_function_table, onProgress, 1, true);
      x.sqlite3_progress_handler(db, progressPeriod, progress, 0);
      return db;
    },
    // guard installs the sandbox's authorizer on db, or removes it, as
    // the engine asks before compiling a statement (sqliteConn.guard).
    guard(db, on) {
      if (!authorizer) authorizer = addFunction(x.__indirect_function_table, onAuthorize, 6, true);
      return -x.sqlite3_set_authorizer(db, on ? authorizer : 0, 0);
    },
    // createFunction registers a deterministic, innocuous scalar function
    // whose calls reach the handler with the given index.
    createFunction(db, name, nArg, index) {
      if (!trampoline) trampoline = addFunction(x.__indirect_function_table, callFunction, 3);
      const p = cstring(name);
      const rc = x.sqlite3_create_function_v2(db, p, nArg, 0x1 | 0x800 | 0x200000, index, trampoline, 0, 0, 0);
      x.sqlite3_free(p);
      return -rc;
    },
    close: (db) => -x.sqlite3_close_v2(db),
    autocommit: (db) => x.sqlite3_get_autocommit(db) !== 0,
    // exec runs the statements in input[0:n].
    exec: (db, n) => -x.sqlite3_exec(db, copyIn(n), 0, 0, 0),
    // remember keeps image (a Uint8Array the caller gives up) as image
    // `key`, so that restoring it again needs nothing from Go.
    remember(key, image) {
      images.set(key, image);
    },
    // deserialize replaces the main database with image `key`, then turns
    // foreign keys on and legacy_alter_table off, as Django's
    // get_new_connection does.
    deserialize(db, key) {
      const image = images.get(key);
      const n = image.length;
      const p = x.sqlite3_malloc64(BigInt(n));
      if (!p) return -7; // SQLITE_NOMEM
      heapU8().set(image, p);
      // FREEONCLOSE | RESIZEABLE: SQLite owns p from here on. SQLite
      // attaches the image with an ATTACH of its own, which the
      // authorizer would refuse.
      trusted = true;
      let rc = x.sqlite3_deserialize(db, mainName, p, BigInt(n), BigInt(n), 1 | 2);
      trusted = false;
      if (rc === 0) rc = x.sqlite3__wasm_db_config_ip(db, 1002, 1, 0); // SQLITE_DBCONFIG_ENABLE_FKEY
      if (rc === 0) rc = x.sqlite3__wasm_db_config_ip(db, 1012, 0, 0); // SQLITE_DBCONFIG_LEGACY_ALTER_TABLE
      return -rc;
    },
    // serialize returns a copy of the main database, or a negative result
    // code.
    serialize(db) {
      const p = x.sqlite3_serialize(db, mainName, words, 0);
      if (!p) return -7;
      const n = Number(new DataView(memory.buffer).getBigInt64(words, true));
      const image = heapU8().slice(p, p + n);
      x.sqlite3_free(p);
      return image;
    },
    // prepare compiles the first statement in input[0:n] and writes to
    // out: the statement (0 when there was only space or comments), the
    // byte offset of the text after it, its parameter count and whether it
    // is read-only.
    prepare(db, n) {
      const sql = copyIn(n);
      const rc = x.sqlite3_prepare_v3(db, sql, n, 0, words, words + 4);
      if (rc !== 0) return -rc;
      const st = u32At(words);
      w.reset();
      w.u32(st);
      w.u32(u32At(words + 4) - sql);
      w.u32(st ? x.sqlite3_bind_parameter_count(st) : 0);
      w.u8(st ? x.sqlite3_stmt_readonly(st) : 1);
      return w.pos;
    },
    finalize: (st) => -x.sqlite3_finalize(st),
    // run reads the statement's budget from input[0:32] and binds the
    // parameters in input[32:n], steps the statement to its end, resets it
    // and writes its columns, rows, outcome, counters and changes to out.
    // The statement stops past its budget: a deadline (Date.now()
    // milliseconds), progress-handler calls, bytes of rows written and
    // bytes SQLite's memory may grow by; 0 means no limit.
    run(db, st, n) {
      const view = new DataView(input.buffer, input.byteOffset, budgetBytes);
      budget.deadline = view.getFloat64(0, true);
      budget.maxTicks = view.getFloat64(8, true);
      budget.ticks = 0;
      budget.hit = HIT.none;
      const maxBytes = view.getFloat64(16, true);
      const maxHeap = view.getFloat64(24, true);
      heapLimit.max = maxHeap ? memory.buffer.byteLength + maxHeap : Infinity;
      try {
        return runStatement(db, st, n, maxBytes);
      } finally {
        budget.deadline = budget.maxTicks = 0;
        budget.hit = HIT.none;
        heapLimit.max = Infinity;
      }
    },
  };

  // runStatement is run within its budget.
  function runStatement(db, st, n, maxBytes) {
    const before = x.sqlite3_total_changes64(db);
    w.reset();
    const ncol = x.sqlite3_column_count(st);
    w.u32(ncol);
    for (let i = 0; i < ncol; i++) w.cstring(heapU8(), x.sqlite3_column_name(st, i));
    let rc = bind(st, n);
    while (rc === 0) {
      const step = x.sqlite3_step(st);
      if (step === SQLITE_DONE) break;
      if (step !== SQLITE_ROW) {
        rc = step;
        break;
      }
      w.u8(1);
      for (let i = 0; i < ncol; i++) column(st, i);
      if (maxBytes && w.pos > maxBytes) {
        budget.hit = HIT.rows;
        rc = SQLITE_INTERRUPT;
      }
    }
    w.u8(0);
    w.u32(rc);
    if (rc !== 0) {
      w.cstring(heapU8(), x.sqlite3_errmsg(db)); // before reset, which may replace it
      w.u8(budget.hit);
    }
    x.sqlite3_reset(st);
    for (const op of [4, 1, 2, 3]) w.u32(x.sqlite3_stmt_status(st, op, 1)); // VM_STEP, FULLSCAN_STEP, SORT, AUTOINDEX
    w.i64(x.sqlite3_total_changes64(db) - before);
    w.i64(x.sqlite3_last_insert_rowid(db));
    return w.pos;
  }

  // bind binds the parameters encoded in input[budgetBytes:n]; a SQLite
  // result code.
  function bind(st, n) {
    const view = new DataView(input.buffer, input.byteOffset, n);
    let pos = budgetBytes;
    for (let i = 1; pos < n; i++) {
      const tag = input[pos++];
      let rc;
      if (tag === TAG.null) {
        rc = x.sqlite3_bind_null(st, i);
      } else if (tag === TAG.integer) {
        rc = x.sqlite3_bind_int64(st, i, view.getBigInt64(pos, true));
        pos += 8;
      } else if (tag === TAG.float) {
        rc = x.sqlite3_bind_double(st, i, view.getFloat64(pos, true));
        pos += 8;
      } else {
        const len = view.getUint32(pos, true);
        pos += 4;
        const p = scratch(len + 1);
        heapU8().set(input.subarray(pos, pos + len), p);
        pos += len;
        rc = tag === TAG.text
          ? x.sqlite3_bind_text(st, i, p, len, SQLITE_TRANSIENT)
          : x.sqlite3_bind_blob(st, i, p, len, SQLITE_TRANSIENT);
      }
      if (rc !== 0) return rc;
    }
    return 0;
  }

  // column writes column i of the current row: its type tag and value.
  function column(st, i) {
    const type = x.sqlite3_column_type(st, i);
    w.u8(type);
    if (type === TAG.integer) w.i64(x.sqlite3_column_int64(st, i));
    else if (type === TAG.float) w.f64(x.sqlite3_column_double(st, i));
    else if (type === TAG.text || type === TAG.blob) {
      const p = type === TAG.text ? x.sqlite3_column_text(st, i) : x.sqlite3_column_blob(st, i);
      const len = x.sqlite3_column_bytes(st, i);
      w.u32(len);
      w.raw(heapU8().subarray(p, p + len));
    }
  }
}

// Writer appends little-endian values to a growing byte buffer.
class Writer {
  constructor() {
    this.bytes = new Uint8Array(1 << 16);
    this.view = new DataView(this.bytes.buffer);
    this.pos = 0;
  }
  reset() {
    this.pos = 0;
  }
  room(n) {
    if (this.pos + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.pos + n, 2 * this.bytes.length));
    grown.set(this.bytes.subarray(0, this.pos));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }
  u8(v) {
    this.room(1);
    this.bytes[this.pos++] = v;
  }
  u32(v) {
    this.room(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }
  i64(v) {
    this.room(8);
    this.view.setBigInt64(this.pos, v, true);
    this.pos += 8;
  }
  f64(v) {
    this.room(8);
    this.view.setFloat64(this.pos, v, true);
    this.pos += 8;
  }
  raw(b) {
    this.room(b.length);
    this.bytes.set(b, this.pos);
    this.pos += b.length;
  }
  // cstring writes the NUL-terminated UTF-8 at p in heap as a u32 byte
  // length and its bytes.
  cstring(heap, p) {
    const end = heap.indexOf(0, p);
    this.u32(end - p);
    this.raw(heap.subarray(p, end));
  }
}

// addFunction makes a JavaScript function callable from wasm through the
// table: a three-section module that imports it with the signature (i32 ×
// params) → () or, with result, → i32, and exports it, then stores the
// export in a new slot.
function addFunction(table, fn, params, result = false) {
  const type = [0x60, params, ...new Array(params).fill(0x7f), ...(result ? [0x01, 0x7f] : [0x00])];
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    0x01, type.length + 1, 0x01, ...type, // types: one function type
    0x02, 0x07, 0x01, 0x01, 0x65, 0x01, 0x66, 0x00, 0x00, // import e.f
    0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00, // export f
  ]);
  const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { e: { f: fn } }).exports;
  const slot = table.grow(1);
  table.set(slot, f);
  return slot;
}
