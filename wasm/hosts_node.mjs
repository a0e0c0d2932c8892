// Preloaded with `node --import` before Go's own runner,
// $(go env GOROOT)/lib/wasm/wasm_exec_node.js, runs a js/wasm program (a
// test binary, in `make test-wasm` and `make bench`): it gives the program
// the hosts the site's worker gives the engine, SQLite's wasm module
// (site/src/sqlite.js, on globalThis.ormlabSQLite) and pg_query's program
// (site/src/pgquery.js, on globalThis.ormlabPgQuery).
//
// PGQUERY_WASM names the pg_query program (default: bin/pgquery.wasm,
// which `make bin/pgquery.wasm` builds).
import fs from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { providePgQuery } from "../site/src/pgquery.js";
import { loadSQLite } from "../site/src/sqlite.js";

const require = createRequire(import.meta.url);
const pgquery = process.env.PGQUERY_WASM || fileURLToPath(new URL("../bin/pgquery.wasm", import.meta.url));
// Loaded on first use, by which time the runner has defined Go.
providePgQuery({ load: () => fs.readFileSync(pgquery) });
globalThis.ormlabSQLite = await loadSQLite(fs.readFileSync(require.resolve("@sqlite.org/sqlite-wasm/sqlite3.wasm")));
