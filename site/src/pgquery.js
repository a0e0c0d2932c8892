// pg_query for the engine under js/wasm: PostgreSQL's fingerprinting as
// its own Go program (wasm/pgquery, bin/pgquery.wasm), started only when a
// run first needs it. The engine calls globalThis.ormlabPgQuery(op, sql)
// synchronously (engine/sqlinfo/fingerprint_js.go) and gets {value} or
// {error}.
//
// Only raw SQL needs it, while linked into the engine it was a third of the
// engine's code and half a second of every cold start. The host may compile
// it ahead (prefetch) once the engine is idle; if a run needs it sooner,
// it is loaded synchronously then.

let handle = null; // the program's ormlabPgQueryHandle, once started
let compiled = null; // its WebAssembly.Module
let failure = null; // why it could not be started

// providePgQuery installs globalThis.ormlabPgQuery. load() returns the
// program's bytes or compiled module synchronously; module, when given,
// is one compiled earlier.
export function providePgQuery({ load, module }) {
  compiled = module ?? null;
  globalThis.ormlabPgQuery = (op, sql) => {
    if (!handle && !failure) start(load);
    if (failure) return { error: failure };
    try {
      return handle(op, sql);
    } catch (error) {
      return { error: `pg_query failed: ${error.message || error}` };
    }
  };
}

// prefetchPgQuery compiles the program from url in the background unless
// it is already compiled, resolving to the module.
export async function prefetchPgQuery(url) {
  if (!compiled) compiled = await WebAssembly.compileStreaming(fetch(url));
  return compiled;
}

// start instantiates the program and runs it until its main waits for
// calls, which happens before go.run returns.
function start(load) {
  try {
    if (!compiled) {
      const loaded = load();
      compiled = loaded instanceof WebAssembly.Module ? loaded : new WebAssembly.Module(loaded);
    }
    const go = new Go();
    go.run(new WebAssembly.Instance(compiled, go.importObject));
    handle = globalThis.ormlabPgQueryHandle;
    if (typeof handle !== "function") failure = "pg_query did not start";
  } catch (error) {
    failure = `pg_query could not be loaded: ${error.message || error}`;
  }
}

// loadSync fetches url synchronously, as a worker may: the bytes of the
// program when a run needs it before prefetchPgQuery has finished.
export function loadSync(url) {
  const request = new XMLHttpRequest();
  request.open("GET", url, false);
  request.responseType = "arraybuffer";
  request.send();
  if (request.status !== 200) throw new Error(`${request.status} ${request.statusText} (${url})`);
  return request.response;
}
