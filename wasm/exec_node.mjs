// Runs a js/wasm Go program (a test binary, in `make test-wasm` and
// `make bench`) under Node, as Go's own go_js_wasm_exec does, with the
// hosts the site's worker gives the engine: SQLite's wasm module
// (site/src/sqlite.js, on globalThis.ormlabSQLite) and pg_query's program
// (site/src/pgquery.js, on globalThis.ormlabPgQuery).
//
// Usage: node --stack-size=8192 wasm/exec_node.mjs PROGRAM.wasm [ARGS...]
// GOROOT_WASM names the directory of Go's wasm_exec.js (default: from
// `go env GOROOT`); PGQUERY_WASM the pg_query program (default:
// bin/pgquery.wasm, which `make bin/pgquery.wasm` builds).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { providePgQuery } from "../site/src/pgquery.js";
import { loadSQLite } from "../site/src/sqlite.js";

const require = createRequire(import.meta.url);
const [program, ...args] = process.argv.slice(2);
if (!program) {
  console.error("usage: exec_node.mjs PROGRAM.wasm [ARGS...]");
  process.exit(2);
}
const gorootWasm = process.env.GOROOT_WASM ||
  path.join(execFileSync("go", ["env", "GOROOT"], { encoding: "utf8" }).trim(), "lib", "wasm");

globalThis.require = require;
globalThis.fs = fs;
globalThis.path = path;
globalThis.crypto ??= crypto;
require(path.join(gorootWasm, "wasm_exec.js"));

try {
  const pgquery = process.env.PGQUERY_WASM || fileURLToPath(new URL("../bin/pgquery.wasm", import.meta.url));
  providePgQuery({ load: () => fs.readFileSync(pgquery) });
  globalThis.ormlabSQLite = await loadSQLite(fs.readFileSync(require.resolve("@sqlite.org/sqlite-wasm/sqlite3.wasm")));
  const go = new Go();
  go.argv = [program, ...args];
  go.env = { TMPDIR: os.tmpdir(), ...process.env };
  go.exit = process.exit;
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(program), go.importObject);
  process.on("exit", (code) => {
    // Node exits when nothing is pending: a Go deadlock. Resuming makes Go
    // report it with its goroutine stacks.
    if (code === 0 && !go.exited) {
      go._pendingEvent = { id: 0 };
      go._resume();
    }
  });
  await go.run(instance);
} catch (err) {
  console.error(err);
  process.exit(1);
}
