// The Web Worker that hosts the engine. It downloads engine.wasm and
// SQLite's sqlite3.wasm with progress, starts the Go program and then
// answers requests one at a time by calling ormlabHandle, the function the
// Go side registers (wasm/bridge/serve_js.go); requests for lessons and
// Markdown go to the lessons program's ormlabDocsHandle instead. Runs are
// synchronous, so a runaway script blocks only this worker; the page's
// Stop, or its watchdog, terminates it and starts a fresh one (lab.js),
// as it does when this worker reports that the engine died.
//
// Messages in:  {op: "init", wasm, size, module, sqlite, sqliteSize,
//               sqliteModule, pgquery, pgqueryModule, docs, docsModule}
//               once, then {id, op, ...} requests. The modules, when
//               given, were compiled by an earlier worker: no download and
//               no compiling. pgquery (PostgreSQL's fingerprinting, for
//               raw SQL) is compiled in the background once the worker has
//               answered and then been idle for a second, or loaded when a
//               run needs it first. docs (the lessons and Markdown,
//               wasm/docs) is loaded when a request first asks for them.
// Messages out: {kind: "progress", loaded, total},
//               {kind: "module", url, module} after compiling each,
//               (startup: when each step of the start ended, in ms
//               since the Unix epoch: started, downloaded, instantiated,
//               initialized, warm),
//               {kind: "ready", startup, limits} (limits: the engine's
//               default limits, as the page's watchdog needs them),
//               the engine's response as a JSON string {id, kind, ...},
//               {kind: "error", id, error} when the engine cannot answer
//               (load failure), {kind: "crash", id, error} when it died
//               (it threw, or its Go program exited and left no answer);
//               the lessons program's failures are {kind: "error", id,
//               error} of type LoadError or EngineCrashed, since the
//               engine lives on.
import "go:wasm_exec";
import { loadSync, prefetchPgQuery, providePgQuery } from "./pgquery.js";
import { loadSQLite } from "./sqlite.js";
import { deathError, watchStderr } from "./enginedeath.js";

watchStderr();

let engine = null; // Promise of the ormlabHandle function
let docs = null; // {url, module, handle: Promise of ormlabDocsHandle once asked for}
let prefetch = null; // starts compiling pg_query, once
let idle = 0; // timer: prefetch after PREFETCH_IDLE ms without a request
// How long the worker waits without a request before compiling pg_query,
// so that the download and compile do not slow a learner's first runs.
const PREFETCH_IDLE = 1000;
const startup = {}; // step → when it ended (ms since the Unix epoch)
const mark = (step) => { startup[step] = performance.timeOrigin + performance.now(); };

self.onmessage = async ({ data }) => {
  if (data.op === "init") {
    engine = start(data);
    engine.catch((error) => self.postMessage({ kind: "error", id: null, error: asError(error, "LoadError") }));
    docs = { url: data.docs, module: data.docsModule, handle: null };
    return;
  }
  if (DOCS_OPS.has(data.op)) {
    answerDocs(data);
    return;
  }
  let handle;
  try {
    handle = await engine;
  } catch (error) {
    self.postMessage({ kind: "error", id: data.id, error: asError(error, "LoadError") });
    return;
  }
  clearTimeout(idle);
  answer(handle, data);
  if (prefetch) idle = setTimeout(prefetch, PREFETCH_IDLE);
};

// answer runs one request. A throw, or no answer at all, means the Go
// program has exited (a fatal runtime error such as running out of
// memory), which no later request can recover from: the page replaces
// this worker.
function answer(handle, request) {
  let response;
  try {
    response = handle(JSON.stringify(request));
  } catch (error) {
    self.postMessage({ kind: "crash", id: request.id, error: deathError(error) });
    return;
  }
  if (typeof response !== "string") {
    self.postMessage({ kind: "crash", id: request.id, error: deathError() });
    return;
  }
  self.postMessage(response);
}

// The requests the lessons program answers; the engine answers the rest.
const DOCS_OPS = new Set(["markdown", "lessons", "lesson"]);

// answerDocs answers a request of the lessons program, starting it on
// first use. A program that cannot start, or that died, answers this
// request with an error and is started afresh by the next one; the engine
// is not affected either way.
async function answerDocs(request) {
  let handle;
  const started = (docs.handle ??= startDocs());
  try {
    handle = await started;
    const response = handle(JSON.stringify(request));
    if (typeof response !== "string") throw deathError();
    self.postMessage(response);
  } catch (error) {
    if (docs.handle === started) docs.handle = null;
    const message = handle || error.type === "LoadError" ? error.message || error : `could not load the lessons: ${error.message || error}`;
    self.postMessage({ kind: "error", id: request.id, error: { type: handle ? "EngineCrashed" : "LoadError", message: String(message) } });
  }
}

// startDocs downloads and compiles the lessons program (unless a module
// was given), runs it until it waits for calls and resolves to its
// ormlabDocsHandle.
async function startDocs() {
  const go = new Go();
  const instance = docs.module ? await WebAssembly.instantiate(docs.module, go.importObject)
    : await download(docs.url, "the lessons", (response) => instantiate(response, go.importObject));
  docs.module = instance.module;
  delete self.ormlabDocsHandle; // a program that died left its handle behind
  go.run(instance);
  if (typeof self.ormlabDocsHandle !== "function") throw new Error("the lessons program did not start");
  return self.ormlabDocsHandle;
}

// start instantiates SQLite and the engine side by side, resolving to the
// engine's handler once the Go program has registered it. The Go side
// finds SQLite on self.ormlabSQLite, calls ormlabMark("initialized") when
// its packages are initialized and ormlabReady after its warm-up.
async function start({ wasm, size, module, sqlite, sqliteSize, sqliteModule, pgquery, pgqueryModule }) {
  mark("started");
  providePgQuery({ load: () => loadSync(pgquery), module: pgqueryModule });
  if (!pgqueryModule) {
    prefetch = () => {
      prefetch = null;
      prefetchPgQuery(pgquery).then(
        (module) => self.postMessage({ kind: "module", url: pgquery, module }),
        () => {}, // a run that needs it loads it then, and reports why it cannot
      );
    };
  }
  const go = new Go();
  const registered = new Promise((resolve) => { self.ormlabReady = resolve; });
  self.ormlabMark = mark;
  const progress = new Progress();
  const [bridge, instance] = await Promise.all([
    sqliteModule ? loadSQLite(sqliteModule) : download(sqlite, "SQLite", loadSQLite, progress, sqliteSize),
    module ? WebAssembly.instantiate(module, go.importObject)
      : download(wasm, "the engine", (response) => instantiate(response, go.importObject), progress, size),
  ]);
  self.ormlabSQLite = bridge;
  mark("instantiated");
  go.run(instance);
  const limits = await registered;
  mark("warm");
  self.postMessage({ kind: "ready", startup, limits: limits ? JSON.parse(limits) : null });
  return self.ormlabHandle;
}

// instantiate compiles and instantiates a Go program from its response.
async function instantiate(response, imports) {
  const { module, instance } = WebAssembly.instantiateStreaming
    ? await WebAssembly.instantiateStreaming(response, imports)
    : await WebAssembly.instantiate(await response.arrayBuffer(), imports);
  instance.module = module;
  return instance;
}

// download fetches one module (what names it in errors) and compiles it
// with load, whose result carries the compiled module; the page gets it
// too, so that a restarted worker skips downloading and compiling. With
// progress, its bytes count towards the load bar; size is its
// uncompressed size, when the build recorded it.
async function download(url, what, load, progress, size) {
  progress?.expect(size);
  const response = await fetch(url);
  if (!response.ok) {
    throw { type: "LoadError", message: `could not download ${what}: ${response.status} ${response.statusText} (${url})` };
  }
  const loaded = await load(progress ? progress.count(response, size) : response);
  self.postMessage({ kind: "module", url, module: loaded.module });
  return loaded;
}

// Progress posts the bytes read so far across the downloads running at
// once, and marks "downloaded" when the last one ends.
class Progress {
  loaded = 0;
  total = 0;
  running = 0;
  last = 0;

  // expect counts a download before its request is sent, so that one that
  // ends before another's headers arrive does not end the progress.
  expect(size) {
    this.running++;
    this.total += size || 0;
  }

  // count re-wraps a response so that reading it counts its bytes. size
  // is the uncompressed size the build recorded, if any: the body stream
  // yields decompressed bytes, while Content-Length counts compressed ones.
  count(response, size) {
    if (!size) this.total += Number(response.headers.get("Content-Length")) || 0;
    const counter = new TransformStream({
      transform: (chunk, controller) => {
        this.loaded += chunk.byteLength;
        const now = performance.now();
        if (now - this.last > 50) {
          this.last = now;
          self.postMessage({ kind: "progress", loaded: this.loaded, total: this.total });
        }
        controller.enqueue(chunk);
      },
      flush: () => {
        if (--this.running > 0) return;
        mark("downloaded");
        self.postMessage({ kind: "progress", loaded: this.loaded, total: Math.max(this.total, this.loaded) });
      },
    });
    return new Response(response.body.pipeThrough(counter), {
      headers: { "Content-Type": "application/wasm" },
    });
  }
}

function asError(error, type) {
  if (error && typeof error.type === "string") return { type: error.type, message: String(error.message) };
  return { type, message: String((error && error.message) || error) };
}
