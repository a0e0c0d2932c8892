// Builds the site into site/dist for site.go to embed:
//   assets/engine.<hash>.wasm   the engine, from bin/ormlab.wasm
//   assets/sqlite3.<hash>.wasm  SQLite, from @sqlite.org/sqlite-wasm
//   assets/pgquery.<hash>.wasm  pg_query for raw SQL, from bin/pgquery.wasm
//   assets/docs.<hash>.wasm     the lessons and Markdown, from bin/docs.wasm
//   assets/worker.<hash>.js     the Web Worker, with Go's wasm_exec.js
//   assets/<page>.<hash>.js/css the page bundles (CodeMirror from npm)
//   widget.js                   the embeddable widget (<orm-lab>), one file
//   *.html                      the pages, pointing at the hashed files
// and writes a brotli (.br) and gzip (.gz) copy of every file worth it,
// with Node's own zlib, so the server never compresses at run time; a
// file above MAX_RAW (the engine) is kept only compressed.
//
// Usage: node site/build.mjs [--wasm bin/ormlab.wasm] [--pgquery bin/pgquery.wasm]
//                           [--docs bin/docs.wasm] [--goroot-wasm DIR]
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import zlib from "node:zlib";

const site = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(site, "dist");
const assets = path.join(dist, "assets");
const { values: args } = parseArgs({
  options: {
    wasm: { type: "string", default: path.join(site, "..", "bin", "ormlab.wasm") },
    "goroot-wasm": { type: "string" },
    pgquery: { type: "string", default: path.join(site, "..", "bin", "pgquery.wasm") },
    docs: { type: "string", default: path.join(site, "..", "bin", "docs.wasm") },
  },
});
const gorootWasm = args["goroot-wasm"] ?? path.join(execFileSync("go", ["env", "GOROOT"], { encoding: "utf8" }).trim(), "lib", "wasm");

// Files smaller than this are sent as they are: compression would save
// less than a packet.
const MIN_COMPRESS = 1024;

// Files larger than this are kept only compressed, halving the binary
// that embeds them (the engine is 32 MB raw, 5 MB as brotli): every
// browser accepts gzip, the server decompresses for a client that does
// not, and `ormlab export` writes the raw file back for static hosts.
const MAX_RAW = 4 << 20;

// Compressed copies are kept by content hash, because brotli at its best
// setting takes over a minute on the engine and the engine changes less
// often than the pages.
const cacheDir = path.join(site, "..", "bin", "compress-cache");

// goWasmExec resolves `import "go:wasm_exec"` to the wasm_exec.js of the Go
// that built the engine: the two must match, so it is never vendored.
const goWasmExec = {
  name: "go-wasm-exec",
  setup(build) {
    build.onResolve({ filter: /^go:wasm_exec$/ }, () => ({ path: path.join(gorootWasm, "wasm_exec.js") }));
  },
};

const common = {
  bundle: true,
  minify: true,
  target: ["es2022"],
  outdir: assets,
  entryNames: "[name].[hash]",
  chunkNames: "chunk.[hash]",
  metafile: true,
  logLevel: "warning",
  legalComments: "none",
};

function clean() {
  for (const name of fs.readdirSync(dist)) {
    if (name !== "README.md") fs.rmSync(path.join(dist, name), { recursive: true, force: true });
  }
  fs.mkdirSync(assets, { recursive: true });
}

function hashed(name, data) {
  const hash = createHash("sha256").update(data).digest("base64url").replace(/[-_]/g, "").slice(0, 10);
  const ext = path.extname(name);
  return `${path.basename(name, ext)}.${hash}${ext}`;
}

// copyWasm copies a wasm module into assets under a hashed name.
function copyWasm(file, name) {
  const data = fs.readFileSync(file);
  const hashedName = hashed(name, data);
  fs.writeFileSync(path.join(assets, hashedName), data);
  return { name: hashedName, size: data.length };
}

// outputs maps each entry point's name to its bundled js and css files,
// relative to dist.
function outputs(metafile) {
  const map = {};
  for (const [file, out] of Object.entries(metafile.outputs)) {
    if (!out.entryPoint) continue;
    const entry = path.basename(out.entryPoint, path.extname(out.entryPoint));
    map[entry] = {
      js: path.relative(dist, file),
      css: out.cssBundle && path.relative(dist, out.cssBundle),
      // The chunks it imports statically, which the browser would only
      // find after fetching and parsing the entry itself.
      imports: out.imports.filter((i) => i.kind === "import-statement").map((i) => path.relative(dist, i.path)),
    };
  }
  return map;
}

async function bundle(wasm, sqlite, pgquery, docs) {
  const worker = await esbuild.build({
    ...common, entryPoints: [path.join(site, "src", "worker.js")], format: "iife", plugins: [goWasmExec],
  });
  const workerFile = path.basename(outputs(worker.metafile).worker.js);
  // lab.js finds the worker and the engine relative to its bundle: beside
  // it in assets/ for the pages, below it for widget.js.
  const assetsAt = (dir) => ({
    __ORMLAB_ASSETS__: JSON.stringify({
      worker: dir + workerFile, wasm: dir + wasm.name, wasmSize: wasm.size,
      sqlite: dir + sqlite.name, sqliteSize: sqlite.size,
      pgquery: dir + pgquery.name, docs: dir + docs.name,
    }),
  });
  const pages = await esbuild.build({
    ...common,
    entryPoints: ["boot", "playground", "lessons", "widget-demo"].map((p) => path.join(site, "src", `${p}.js`)),
    format: "esm",
    splitting: true,
    define: assetsAt(""),
  });
  await bundleWidget(assetsAt("assets/"));
  return outputs(pages.metafile);
}

// bundleWidget writes widget.js, the embeddable widget, as one file at the
// top of the site: other sites link to it by a name that never changes, so
// it is revalidated on each use while the hashed files it loads are cached
// for good. Its styles go inside it as text, for its shadow root.
async function bundleWidget(define) {
  await esbuild.build({
    ...common,
    entryPoints: [path.join(site, "src", "widget.js")],
    outdir: dist,
    entryNames: "[name]",
    format: "esm",
    loader: { ".css": "text" },
    define,
  });
}

function writePages(bundles) {
  const pagesDir = path.join(site, "pages");
  const partial = (file) => fs.readFileSync(path.join(pagesDir, file), "utf8").trim();
  const header = partial("_header.html");
  // {{head:ENTRY:TITLE}} is _head.html for a page whose bundle is ENTRY.
  const head = partial("_head.html");
  for (const name of fs.readdirSync(pagesDir)) {
    if (name.startsWith("_")) continue;
    let text = fs.readFileSync(path.join(pagesDir, name), "utf8");
    if (name.endsWith(".html")) {
      text = text.replace(/\{\{head:([\w-]+):([^}]+)\}\}/, (_, entry, title) =>
        head.replaceAll("{{entry}}", entry).replaceAll("{{title}}", title));
      text = text.replace("{{header}}", header).replace(/\{\{(js|css|preload):([\w-]+)\}\}/g, (_, kind, entry) => {
        if (kind === "preload") return (bundles[entry]?.imports ?? []).map((f) => `<link rel="modulepreload" href="${f}">`).join("\n");
        const file = bundles[entry]?.[kind];
        if (!file) throw new Error(`${name}: no ${kind} bundle for "${entry}"`);
        return file;
      });
    }
    fs.writeFileSync(path.join(dist, name), text);
  }
}

function compressAll(dir) {
  const sizes = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || /\.(br|gz)$/.test(file) || file.endsWith("README.md")) continue;
    const data = fs.readFileSync(file);
    const row = { file: path.relative(dist, file), raw: data.length };
    if (data.length >= MIN_COMPRESS) {
      row.br = writeSmaller(file + ".br", data, cached(data, "br", brotli));
      row.gz = writeSmaller(file + ".gz", data, cached(data, "gz", (d) => zlib.gzipSync(d, { level: 9 })));
    }
    if (data.length > MAX_RAW && row.gz !== undefined) fs.rmSync(file);
    sizes.push(row);
  }
  return sizes;
}

function brotli(data) {
  return zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

// cached returns compress(data), reusing an earlier result for the same bytes.
function cached(data, ext, compress) {
  const file = path.join(cacheDir, `${createHash("sha256").update(data).digest("hex")}.${ext}`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const packed = compress(data);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(file, packed);
  return packed;
}

// writeSmaller writes a compressed copy only when it saves at least 5%.
function writeSmaller(file, raw, packed) {
  if (packed.length > raw.length * 0.95) return undefined;
  fs.writeFileSync(file, packed);
  return packed.length;
}

function report(sizes) {
  const kb = (n) => (n === undefined ? "-" : `${(n / 1024).toFixed(1)} KiB`);
  for (const row of sizes.sort((a, b) => b.raw - a.raw)) {
    console.log(`${row.file.padEnd(36)} ${kb(row.raw).padStart(12)}  br ${kb(row.br).padStart(12)}  gz ${kb(row.gz).padStart(12)}`);
  }
}

clean();
const wasm = copyWasm(args.wasm, "engine.wasm");
// SQLite's C library compiled to wasm, from the pinned npm package
// (engine/db/sqlite_js.go drives it through site/src/sqlite.js).
const sqlite = copyWasm(createRequire(import.meta.url).resolve("@sqlite.org/sqlite-wasm/sqlite3.wasm"), "sqlite3.wasm");
const pgquery = copyWasm(args.pgquery, "pgquery.wasm");
const docs = copyWasm(args.docs, "docs.wasm");
writePages(await bundle(wasm, sqlite, pgquery, docs));
report(compressAll(dist));
