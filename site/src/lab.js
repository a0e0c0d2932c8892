// The lab client: the one way pages and the embeddable widget talk to the
// engine. createLab() owns a Web Worker running engine.wasm;
// every call returns a Promise of the engine's answer, and listeners see
// the same traffic as events: {kind: "progress", loaded, total},
// {kind: "ready", startup}, {kind: "result", id, op, result},
// {kind: "error", id, op, error}.
//
// A script's own failures (a Python exception, a limit) are part of its
// report and resolve normally. A call rejects with a LabError only when
// there is no report: it was stopped ("Stopped"), the engine could not be
// loaded ("LoadError"), died ("EngineCrashed"), or the request was bad.

/* global __ORMLAB_ASSETS__ */
// Filled in by the build (site/build.mjs): the hashed names of the worker,
// the engine, SQLite, pg_query and the lessons program, and the
// uncompressed sizes of the two loaded at start, for progress.
const ASSETS = typeof __ORMLAB_ASSETS__ === "undefined" ? {} : __ORMLAB_ASSETS__;

// The data scales the lab offers; a sweep compares at all of them.
export const SCALES = [1, 2, 5, 10];

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
  #pending = new Map(); // id → {op, resolve, reject}
  #worker = null;
  #startup = null; // set when the current worker is ready
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
    if (this.#closed) return;
    this.#stop();
    this.#rejectAll({ type: "Stopped", message: "the run was stopped" });
    this.#start();
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
    this.#worker.onmessage = ({ data }) => this.#receive(typeof data === "string" ? JSON.parse(data) : data);
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#fail({ type: "EngineCrashed", message: event.message || "the engine's worker failed" });
    };
    this.#worker.postMessage({
      op: "init",
      wasm: this.#wasmURL, size: this.#wasmSize, module: compiled.get(this.#wasmURL),
      sqlite: this.#sqliteURL, sqliteSize: this.#sqliteSize, sqliteModule: compiled.get(this.#sqliteURL),
      pgquery: this.#pgqueryURL, pgqueryModule: compiled.get(this.#pgqueryURL),
      docs: this.#docsURL, docsModule: compiled.get(this.#docsURL),
    });
  }

  #receive(message) {
    switch (message.kind) {
      case "progress":
        this.#emit(message);
        break;
      case "module":
        compiled.set(message.url, message.module);
        break;
      case "ready":
        this.#startup = message.startup ?? {};
        this.#emit(message);
        break;
      case "result":
      case "error":
        if (message.id == null) this.#fail(message.error);
        else this.#settle(message);
        break;
      case "crash":
        this.#fail(message.error);
        break;
    }
  }

  #settle(message) {
    const call = this.#pending.get(message.id);
    if (!call) return;
    this.#pending.delete(message.id);
    this.#emit({ ...message, op: call.op });
    if (message.kind === "result") call.resolve(message.result);
    else call.reject(new LabError(message.error));
  }

  // #fail ends the worker and every pending call; the next call starts a
  // fresh worker.
  #fail(error) {
    this.#stop();
    this.#emit({ kind: "error", id: null, error });
    this.#rejectAll(error);
  }

  #stop() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#startup = null;
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
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { op, resolve, reject });
      this.#worker.postMessage({ ...args, op, id });
    });
  }
}
