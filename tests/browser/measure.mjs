// Measures the playground in headless Chromium against `ormlab serve` on
// localhost, each load with a cold cache:
//   - bytes transferred to open the playground and load the engine, as
//     served with brotli, with gzip and uncompressed;
//   - time from navigation until the first compare result is on screen
//     (Compare clicked as soon as the page can take it), the median of
//     FIRST_LOADS cold loads, with when each step of the engine's start
//     ended on the median load;
//   - the FK N+1 compare at scales 1 and 10 through window.ormlab: the
//     median of RUNS right after the first, while the browser is still
//     optimizing the engine's hot code in the background, and the median
//     of RUNS more once settled, after SETTLE_MS more of compares; and a
//     Stop's restart time;
//   - the widget: its size, and the time from navigation until a widget
//     on a cold host page on another origin shows its first result.
// Prints a table and writes test-artifacts/measure.json.
//
// ORMLAB_BASELINE=path/to/other/ormlab also times the first result of
// that build (say, main's), one cold load of each build in turn, so that
// both see the same machine: on a shared VM the speed drifts by more than
// most changes are worth, and back-to-back runs of two builds compare the
// drift, not the builds.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { artifacts, downloadsEnded, launch, root, startServer, watch } from "./harness.mjs";

const NAIVE = "for book in Book.objects.all():\n    print(book.title, book.author.name)";
const OPTIMIZED = 'for book in Book.objects.select_related("author"):\n    print(book.title, book.author.name)';
const RUNS = 5;
const SETTLE_MS = 8000;
// More loads when comparing with a baseline: the difference is what counts.
const FIRST_LOADS = process.env.ORMLAB_BASELINE ? 9 : 5;

const server = await startServer();
const baselineBin = process.env.ORMLAB_BASELINE;
const baseline = baselineBin ? await startServer([], baselineBin) : null;
const browser = await launch();
const results = {};
try {
  for (const encoding of ["br", "gzip", "identity"]) {
    results[`transfer_${encoding}`] = await transfer(encoding);
  }
  const loads = [];
  const baseLoads = [];
  for (let i = 0; i < FIRST_LOADS; i++) {
    if (baseline) baseLoads.push(await firstResult(baseline));
    loads.push(await firstResult(server));
  }
  Object.assign(results, firstResults(loads));
  if (baseline) results.baseline = { binary: baselineBin, ...firstResults(baseLoads) };
  Object.assign(results, await compareTimes());
  results.widget = await widget();
} finally {
  await browser.close();
  server.stop();
  baseline?.stop();
}
fs.mkdirSync(artifacts, { recursive: true });
fs.writeFileSync(path.join(artifacts, "measure.json"), JSON.stringify(results, null, 2) + "\n");
print(results);

// transfer loads the playground with only the given encoding accepted and
// sums what came over the wire (headers and bodies, worker included).
async function transfer(encoding) {
  const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Encoding": encoding } });
  const page = await context.newPage();
  const requests = finished(context, server.url);
  await page.goto(server.url + "playground.html");
  await page.waitForFunction(() => window.ormlab?.ready, null, { timeout: 120_000 });
  // The downloads' requestfinished events can reach us after the page is ready.
  await downloadsEnded(page, 120_000);
  const result = await transferred(requests);
  await context.close();
  return result;
}

// finished collects the requests of context that finish, watching them
// (harness.watch) so that downloadsEnded can tell when none is in flight.
function finished(context, ...urls) {
  watch(context, urls.map((url) => new URL(url).origin));
  const requests = [];
  context.on("requestfinished", (request) => requests.push(request));
  return requests;
}

// transferred sums what requests took over the wire, headers and bodies,
// in all and per path.
async function transferred(requests) {
  let bytes = 0;
  const files = {};
  for (const request of requests) {
    const sizes = await request.sizes();
    const size = sizes.responseBodySize + sizes.responseHeadersSize;
    bytes += size;
    files[new URL(request.url()).pathname] = size;
  }
  return { bytes, files };
}

// firstResults is the median load of loads, and every load's time.
function firstResults(loads) {
  const sorted = [...loads].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { first_result_ms: median.ms, first_result_all_ms: sorted.map((l) => Math.round(l.ms)), startup: median.startup };
}

async function firstResult(from) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(from.url + "playground.html", { waitUntil: "domcontentloaded" });
  await page.click("#compare");
  await page.locator("#verdict").waitFor({ state: "visible", timeout: 120_000 });
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName("ormlab:compare-shown")[0]?.startTime,
    // The engine's startup steps, as ms after navigation.
    startup: Object.fromEntries(Object.entries(window.ormlab.startup ?? {})
      .map(([step, at]) => [step, Math.round(at - performance.timeOrigin)])),
  }));
  await context.close();
  return result;
}

async function compareTimes() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + "playground.html");
  const times = await page.evaluate(async ([naive, optimized, runs, settle]) => {
    const lab = window.ormlab;
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const series = async (scale) => {
      const wall = [];
      const engine = [];
      let queries;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const r = await lab.compare(naive, optimized, { scale });
        wall.push(performance.now() - start);
        engine.push(r.naive.stats.wall_ms + r.optimized.stats.wall_ms);
        queries = [r.naive.stats.queries, r.optimized.stats.queries];
      }
      return { ms: median(wall), engine_ms: median(engine), queries };
    };
    const time = async (scale) => {
      await lab.compare(naive, optimized, { scale }); // warm-up (and, at first, the engine's load)
      const early = await series(scale);
      for (const end = performance.now() + settle; performance.now() < end;) await lab.compare(naive, optimized, { scale });
      const settled = await series(scale);
      return { ...early, settled_ms: settled.ms, settled_engine_ms: settled.engine_ms };
    };
    const out = { compare_scale1: await time(1), compare_scale10: await time(10) };
    const killed = performance.now();
    lab.kill();
    await new Promise((resolve) => { const off = lab.on((e) => e.kind === "ready" && (off(), resolve())); });
    out.restart_after_stop_ms = performance.now() - killed;
    return out;
  }, [NAIVE, OPTIMIZED, RUNS, SETTLE_MS]);
  await context.close();
  return times;
}

// widget measures the widget's bundle and a cold host page on another
// origin with one widget: bytes over the wire (brotli) and the time from
// navigation until the widget's result is on screen.
async function widget() {
  const file = (name) => fs.statSync(path.join(root, "site", "dist", name)).size;
  const host = http.createServer((req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(
    `<!doctype html><link rel="icon" href="data:,"><script type="module" src="${server.url}widget.js"></script>` +
    `<orm-lab lesson="select-related" block="1"></orm-lab>`));
  await new Promise((resolve) => host.listen(0, "localhost", resolve));
  const context = await browser.newContext();
  const page = await context.newPage();
  const hostURL = `http://localhost:${host.address().port}/`;
  const requests = finished(context, server.url, hostURL);
  await page.goto(hostURL);
  await page.locator('orm-lab[data-state="done"]').waitFor({ state: "attached", timeout: 120_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName("ormlab:widget-result")[0]?.startTime);
  await downloadsEnded(page, 120_000);
  const { bytes } = await transferred(requests);
  await context.close();
  host.close();
  return { first_result_ms: ms, bytes, size: file("widget.js"), size_br: file("widget.js.br"), size_gz: file("widget.js.gz") };
}

function startup(steps) {
  return Object.entries(steps).map(([k, v]) => `${k} ${v}`).join(", ");
}

function print(r) {
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  console.log(`transferred, brotli:     ${mb(r.transfer_br.bytes)}`);
  console.log(`transferred, gzip:       ${mb(r.transfer_gzip.bytes)}`);
  console.log(`transferred, identity:   ${mb(r.transfer_identity.bytes)}`);
  console.log(`first compare on screen: ${Math.round(r.first_result_ms)} ms after navigation (median of ${r.first_result_all_ms.join(", ")})`);
  console.log(`  engine start, ms after navigation: ${startup(r.startup)}`);
  if (r.baseline) {
    const b = r.baseline;
    console.log(`  baseline ${b.binary}, loads taken in turn: ${Math.round(b.first_result_ms)} ms (median of ${b.first_result_all_ms.join(", ")})`);
    console.log(`  baseline engine start: ${startup(b.startup)}`);
  }
  for (const key of ["compare_scale1", "compare_scale10"]) {
    const c = r[key];
    console.log(`${key.padEnd(24)} ${c.ms.toFixed(1)} ms round trip, ${c.engine_ms.toFixed(1)} ms in the engine, queries ${c.queries.join(" vs ")}; ` +
      `settled: ${c.settled_ms.toFixed(1)} ms round trip, ${c.settled_engine_ms.toFixed(1)} ms in the engine`);
  }
  console.log(`restart after Stop:      ${Math.round(r.restart_after_stop_ms)} ms`);
  const w = r.widget;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`widget.js:               ${kib(w.size)} (brotli ${kib(w.size_br)}, gzip ${kib(w.size_gz)})`);
  console.log(`widget, cold host page:  first result ${Math.round(w.first_result_ms)} ms after navigation, ${mb(w.bytes)} transferred`);
}
