// The lab client: the one way pages and the embeddable widget talk to the
// engine. createLab() owns a Web Worker running engine.wasm;
// every call returns a Promise of the engine's answer, and listeners see
// the same traffic as events: {kind: "progress", loaded, total},
// {kind: "ready", startup, limits}, {kind: "result", id, op, result},
// {kind: "error", id, op, error}; {kind: "error", id: null, error} when
// the worker itself failed (it could not load, died or hung).
//
// A script's own failures (a Python exception, a limit) are part of its
// report and resolve normally. A call rejects with a LabError only when
// there is no report: it was stopped ("Stopped"), the engine could not be
// loaded ("LoadError"), died ("EngineCrashed": it ran out of memory, threw,
// or its worker died or sent nonsense), did not answer in time
// ("EngineTimeout"), or the request was bad. Stop, a death and a timeout
// end the same way (#restart): the worker is terminated, every pending
// call rejects with the reason, and a fresh worker starts at once from the
// compiled modules, so the next call works without waiting for a download.

/* global __ORMLAB_ASSETS__ */
// Filled in by the build (site/build.mjs): the hashed names of the worker,
// the engine, SQLite, pg_query and the lessons program, and the
// uncompressed sizes of the two loaded at start, for progress.
const ASSETS = typeof __ORMLAB_ASSETS__ === "undefined" ? {} : __ORMLAB_ASSETS__;

// The data scales the lab offers; a sweep compares at all of them.
export const SCALES = [1, 2, 5, 10];

// The watchdog: a worker that holds a call longer than its runs' wall-time
// limit (the engine's, from its ready event) plus RUN_GRACE_MS per run and
// CALL_GRACE_MS in all is taken for dead (a hang the engine's own clock
// missed, or a worker that died without a word) and replaced. The graces
// cover building the data at a new scale and the engine's own overhead.
// Lesson requests, which may download the lessons program, get
// DOCS_BUDGET_MS.
const RUN_GRACE_MS = 2000;
const CALL_GRACE_MS = 3000;
const DOCS_BUDGET_MS = 60000;
const DOCS_OPS = new Set(["markdown", "lessons", "lesson"]);

// compiled holds each program's WebAssembly.Module by URL once a worker
// has compiled it: every later worker of any lab on the page (a restart after
// Stop, the chart's lab) starts from it without downloading or compiling.
const compiled = new Map();

/** LabError is a call that produced no report. name and type say why. */
export class LabError extends Error {
  constructor({ type, message, detail }) {
    super(message);
    this.name = type;
    this.type = type;
    this.detail = detail;
  }
}

// RESTARTED are the errors after which the lab has replaced its worker
// on its own: the engine died or did not answer in time.
const RESTARTED = new Set(["EngineCrashed", "EngineTimeout"]);

/**
 * restarted reports whether error (a LabError, or an event's error) came
 * with a fresh worker, so that the next call works at once; its message
 * then says what happened and what to do.
 */
export function restarted(error) {
  return RESTARTED.has(error?.type);
}

/**
 * createLab starts a worker and returns the lab:
 *   run(code, {scale, limits}) → report
 *   compare(naive, optimized, {scale, limits}) → {naive, optimized, same_output}
 *   sweep(naive, optimized, {scales, limits}) → {points: [{scale, naive, optimized, same_output}]}
 *   explain(sql, {scale}) → plan;  markdown(text) → {html}
 *   lessons() → [{slug, title}];  lesson(slug) → {slug, title, html, blocks}
 *   exercise(block, code, {scale, limits}) → {report, verdict}
 *   kill() stops whatever runs, rejects pending calls with "Stopped" and
 *     starts a fresh worker; on(listener) subscribes to events and returns
 *     an unsubscribe function; close() ends the worker for good.
 * options: workerURL, wasmURL, wasmSize, sqliteURL, sqliteSize, pgqueryURL
 * and docsURL override the built assets.
 *
 * The worker and the engine may live on another origin than the page (the
 * widget embedded in someone else's documentation): the worker then starts
 * from a same-origin blob URL, since new Worker() only takes same-origin
 * scripts, and the engine is fetched with CORS. Nothing here needs
 * SharedArrayBuffer or a cross-origin isolated page.
 */
export function createLab(options = {}) {
  return new Lab(options);
}

// blobs holds, per cross-origin worker URL, the same-origin blob URL of a
// classic worker that imports it; it lives as long as the page.
const blobs = new Map();

// workerScript is the URL to start the worker from: url itself when it is
// on the page's origin, else a blob URL of a worker that imports it
// (importScripts may load scripts from any origin).
function workerScript(url) {
  if (typeof location === "undefined" || new URL(url).origin === location.origin) return url;
  if (!blobs.has(url)) {
    const source = `importScripts(${JSON.stringify(url)});`;
    blobs.set(url, URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
  }
  return blobs.get(url);
}

class Lab {
  #workerURL;
  #wasmURL;
  #wasmSize;
  #sqliteURL;
  #sqliteSize;
  #pgqueryURL;
  #docsURL;
  #listeners = new Set();
  #pending = new Map(); // id → {op, runs, timeoutMS, resolve, reject}
  #worker = null;
  #startup = null; // set when the current worker is ready
  #limits = null; // the engine's default limits, from its ready event
  #watchdog = 0; // timer: the current worker took too long
  #closed = false;
  #nextID = 1;

  constructor({ workerURL, wasmURL, wasmSize, sqliteURL, sqliteSize, pgqueryURL, docsURL } = {}) {
    this.#workerURL = workerURL ?? new URL(ASSETS.worker, import.meta.url).href;
    this.#wasmURL = wasmURL ?? new URL(ASSETS.wasm, import.meta.url).href;
    this.#wasmSize = wasmSize ?? ASSETS.wasmSize ?? 0;
    this.#sqliteURL = sqliteURL ?? new URL(ASSETS.sqlite, import.meta.url).href;
    this.#sqliteSize = sqliteSize ?? ASSETS.sqliteSize ?? 0;
    this.#pgqueryURL = pgqueryURL ?? new URL(ASSETS.pgquery, import.meta.url).href;
    this.#docsURL = docsURL ?? new URL(ASSETS.docs, import.meta.url).href;
    this.#start();
  }

  run(code, { scale, limits } = {}) {
    return this.#call("run", { code, scale, limits });
  }

  compare(naive, optimized, { scale, limits } = {}) {
    return this.#call("compare", { naive, optimized, scale, limits });
  }

  sweep(naive, optimized, { scales = SCALES, limits } = {}) {
    return this.#call("sweep", { naive, optimized, scales, limits });
  }

  explain(sql, { scale } = {}) {
    return this.#call("explain", { sql, scale });
  }

  markdown(markdown) {
    return this.#call("markdown", { markdown });
  }

  lessons() {
    return this.#call("lessons", {});
  }

  lesson(slug) {
    return this.#call("lesson", { slug });
  }

  /**
   * exercise runs code as an attempt at a lesson block and grades it by
   * the block's rules → {report, verdict: {pass, reason}}. block is the
   * block as the lesson's data gives it (lessondata.js, lesson()): its
   * budget, scans, rows, raises and expected output.
   */
  exercise(block, code, { scale, limits } = {}) {
    return this.#call("exercise", { rules: block, code, scale, limits });
  }

  kill() {
    this.#restart({ type: "Stopped", message: "the run was stopped" });
  }

  close() {
    this.#closed = true;
    this.#stop();
    this.#rejectAll({ type: "Closed", message: "the lab was closed" });
  }

  on(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** ready is true once the engine is loaded in the current worker. */
  get ready() {
    return this.#startup !== null;
  }

  /**
   * startup is how the current worker started, or null before it is
   * ready: {started, downloaded, instantiated, initialized, warm}, each
   * the time (ms since the Unix epoch) that step ended. A worker given an
   * already compiled engine has no downloaded step.
   */
  get startup() {
    return this.#startup;
  }

  /** busy is true while a call is waiting for its answer. */
  get busy() {
    return this.#pending.size > 0;
  }

  #emit(event) {
    for (const listener of this.#listeners) listener(event);
  }

  #start() {
    this.#startup = null;
    this.#worker = new Worker(workerScript(this.#workerURL), { name: "ormlab-engine" });
    this.#worker.onmessage = ({ data }) => this.#receive(parse(data));
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#restart(died(event.message || "its worker failed"));
    };
    this.#worker.onmessageerror = () => this.#restart(died("its worker sent a message that could not be read"));
    this.#worker.postMessage({
      op: "init",
      wasm: this.#wasmURL, size: this.#wasmSize, module: compiled.get(this.#wasmURL),
      sqlite: this.#sqliteURL, sqliteSize: this.#sqliteSize, sqliteModule: compiled.get(this.#sqliteURL),
      pgquery: this.#pgqueryURL, pgqueryModule: compiled.get(this.#pgqueryURL),
      docs: this.#docsURL, docsModule: compiled.get(this.#docsURL),
    });
  }

  #receive(message) {
    switch (message?.kind) {
      case "progress":
        this.#emit(message);
        break;
      case "module":
        compiled.set(message.url, message.module);
        break;
      case "ready":
        this.#startup = message.startup ?? {};
        this.#limits = message.limits ?? this.#limits;
        this.#emit(message);
        this.#watch();
        break;
      case "result":
      case "error":
        if (message.id == null) this.#fail(message.error);
        else this.#settle(message);
        break;
      case "crash":
        this.#restart(message.error);
        break;
      default:
        this.#restart(died("its worker sent something that is not an answer"));
    }
  }

  #settle(message) {
    const call = this.#pending.get(message.id);
    if (!call) return;
    this.#pending.delete(message.id);
    this.#watch();
    this.#emit({ ...message, op: call.op });
    if (message.kind === "result") call.resolve(message.result);
    else call.reject(new LabError(message.error));
  }

  // #fail ends the worker and every pending call; the next call starts a
  // fresh worker. It is for an engine that could not load, which starting
  // again at once would only repeat.
  #fail(error) {
    this.#stop();
    this.#emit({ kind: "error", id: null, error });
    this.#rejectAll(error);
  }

  // #restart ends the worker and every pending call with error, and starts
  // a fresh worker at once: Stop, a dead engine and a timeout all end here.
  // A worker that dies before it is ready (its script or the engine could
  // not load) would only die again: that is #fail, and the next call tries.
  #restart(error) {
    if (this.#closed) return;
    if (error.type !== "Stopped" && !this.ready) {
      this.#fail({ type: "LoadError", message: "its worker stopped while the engine was loading" });
      return;
    }
    this.#stop();
    if (error.type !== "Stopped") this.#emit({ kind: "error", id: null, error });
    this.#rejectAll(error);
    this.#start();
  }

  #stop() {
    clearTimeout(this.#watchdog);
    this.#worker?.terminate();
    this.#worker = null;
    this.#startup = null;
  }

  // #watch (re)arms the watchdog while a ready worker holds calls: their
  // budgets summed, counted from now.
  #watch() {
    clearTimeout(this.#watchdog);
    if (!this.ready || this.#pending.size === 0) return;
    let budget = CALL_GRACE_MS;
    for (const call of this.#pending.values()) budget += this.#budget(call);
    if (!Number.isFinite(budget)) return;
    this.#watchdog = setTimeout(() => this.#restart({
      type: "EngineTimeout",
      message: `The engine did not answer within ${Math.round(budget / 1000)} s and was restarted. Run the script again; if it happens again, make it do less work.`,
    }), budget);
  }

  // #budget is how long a call may take: its runs' wall-time limit and
  // grace. Before the engine said its limits, no call is timed.
  #budget({ op, runs, timeoutMS }) {
    if (DOCS_OPS.has(op)) return DOCS_BUDGET_MS;
    const limit = timeoutMS || this.#limits?.timeout_ms;
    return limit ? runs * (limit + RUN_GRACE_MS) : Infinity;
  }

  #rejectAll(error) {
    const calls = [...this.#pending.entries()];
    this.#pending.clear();
    for (const [id, call] of calls) {
      this.#emit({ kind: "error", id, op: call.op, error });
      call.reject(new LabError(error));
    }
  }

  #call(op, args) {
    if (this.#closed) return Promise.reject(new LabError({ type: "Closed", message: "the lab was closed" }));
    if (!this.#worker) this.#start();
    const id = this.#nextID++;
    const runs = op === "sweep" ? 2 * args.scales.length : op === "compare" ? 2 : 1;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { op, runs, timeoutMS: args.limits?.timeout_ms, resolve, reject });
      this.#worker.postMessage({ ...args, op, id });
      this.#watch();
    });
  }
}

// parse reads a message from the worker: the engine's answers come as
// JSON strings, the worker's own as objects; anything else is null.
function parse(data) {
  if (typeof data !== "string") return data;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

// died is the error of an engine whose worker failed for reason.
function died(reason) {
  return { type: "EngineCrashed", message: `The engine stopped (${reason}) and was restarted. Run the script again.` };
}
