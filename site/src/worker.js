// The Web Worker that hosts the engine. It downloads engine.wasm with
// progress, starts the Go program and then answers requests one at a time
// by calling ormlabHandle, the function the Go side registers
// (wasm/main_js.go). Runs are synchronous, so a runaway script blocks only
// this worker; the page's Stop terminates it and starts a fresh one.
//
// Messages in:  {op: "init", wasm, size, module} once, then {id, op, ...}
//               requests. module, when given, is an engine compiled by an
//               earlier worker: no download and no compiling.
// Messages out: {kind: "progress", loaded, total},
//               {kind: "module", module} after compiling,
//               {kind: "ready", startup} (startup: when each step of the
//               start ended, in ms since the Unix epoch: started,
//               downloaded, instantiated, initialized, warm),
//               the engine's response as a JSON string {id, kind, ...},
//               {kind: "error", id, error} when the engine cannot answer
//               (load failure), {kind: "crash", id, error} when it died.
import "go:wasm_exec";

let engine = null; // Promise of the ormlabHandle function
const startup = {}; // step → when it ended (ms since the Unix epoch)
const mark = (step) => { startup[step] = performance.timeOrigin + performance.now(); };

self.onmessage = async ({ data }) => {
  if (data.op === "init") {
    engine = start(data);
    engine.catch((error) => self.postMessage({ kind: "error", id: null, error: asError(error, "LoadError") }));
    return;
  }
  let handle;
  try {
    handle = await engine;
  } catch (error) {
    self.postMessage({ kind: "error", id: data.id, error: asError(error, "LoadError") });
    return;
  }
  answer(handle, data);
};

// answer runs one request. A throw here means the Go program has exited
// (a fatal runtime error), which no later request can recover from.
function answer(handle, request) {
  let response;
  try {
    response = handle(JSON.stringify(request));
  } catch (error) {
    self.postMessage({ kind: "crash", id: request.id, error: asError(error, "EngineCrashed") });
    return;
  }
  self.postMessage(response);
}

// start instantiates the engine, resolving to its handler once the Go
// program has registered it. The Go side calls ormlabMark("initialized")
// when its packages are initialized and ormlabReady after its warm-up.
async function start({ wasm, size, module }) {
  mark("started");
  const go = new Go();
  const registered = new Promise((resolve) => { self.ormlabReady = resolve; });
  self.ormlabMark = mark;
  const instance = module ? await WebAssembly.instantiate(module, go.importObject) : await download(wasm, size, go.importObject);
  mark("instantiated");
  go.run(instance);
  await registered;
  mark("warm");
  self.postMessage({ kind: "ready", startup });
  return self.ormlabHandle;
}

// download fetches and compiles the engine with progress and hands the
// compiled module to the page, so that a restarted worker skips both.
async function download(url, size, imports) {
  const response = await fetch(url);
  if (!response.ok) {
    throw { type: "LoadError", message: `could not download the engine: ${response.status} ${response.statusText} (${url})` };
  }
  const counted = withProgress(response, size);
  const { module, instance } = WebAssembly.instantiateStreaming
    ? await WebAssembly.instantiateStreaming(counted, imports)
    : await WebAssembly.instantiate(await counted.arrayBuffer(), imports);
  self.postMessage({ kind: "module", module });
  return instance;
}

// withProgress re-wraps a response so that reading it posts progress
// events. total is the uncompressed size the build recorded: the body
// stream yields decompressed bytes, while Content-Length counts compressed
// ones.
function withProgress(response, total) {
  total = total || Number(response.headers.get("Content-Length")) || 0;
  let loaded = 0;
  let last = 0;
  const counter = new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      const now = performance.now();
      if (now - last > 50) {
        last = now;
        self.postMessage({ kind: "progress", loaded, total });
      }
      controller.enqueue(chunk);
    },
    flush() {
      mark("downloaded");
      self.postMessage({ kind: "progress", loaded, total: Math.max(total, loaded) });
    },
  });
  return new Response(response.body.pipeThrough(counter), {
    headers: { "Content-Type": "application/wasm" },
  });
}

function asError(error, type) {
  if (error && typeof error.type === "string") return { type: error.type, message: String(error.message) };
  return { type, message: String((error && error.message) || error) };
}
