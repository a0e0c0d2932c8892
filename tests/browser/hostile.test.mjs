// The hostile corpus (testdata/hostile, see engine/hostile_test.go) in
// Chromium: each script runs through the page's engine (window.ormlab)
// one after another in one page, and must end with the error its first
// line names ("# error: TYPE") within the engine's wall-time limit plus
// two seconds; afterwards a trivial script must run and print. A run
// whose worker dies and is replaced passes only if the page shows the
// restart message and the next run works; the table printed at the end
// says which cases did, and how long each took to its error.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { engineLoaded, launch, root, startServer, watch } from "./harness.mjs";

const HOSTILE_DIR = path.join(root, "testdata", "hostile");
// The wall-time limit's slack in the browser: a run must end within the
// engine's limit plus this.
const SLACK_MS = 2000;
const LOAD_TIMEOUT = 60_000;

// CAPTURE_READY runs before the page's own scripts: when page.js sets
// window.ormlab, it subscribes to the lab's events and keeps each ready
// event's limits (the engine's defaults) and each restart's error, which
// the test cannot otherwise see.
const CAPTURE_READY = `(() => {
  let lab;
  window.ormlabSeen = { limits: null, restarts: [] };
  Object.defineProperty(window, "ormlab", {
    configurable: true,
    get: () => lab,
    set: (value) => {
      lab = value;
      lab.on((event) => {
        if (event.kind === "ready") window.ormlabSeen.limits = event.limits;
        if (event.kind === "error" && event.id === null) window.ormlabSeen.restarts.push(event.error);
      });
    },
  });
})();`;

let server, browser, context, page, problems;
const rows = [];

before(async () => {
  server = await startServer();
  browser = await launch();
  context = await browser.newContext();
  problems = watch(context, new URL(server.url).origin);
  page = await context.newPage();
  await page.addInitScript(CAPTURE_READY);
  await page.goto(server.url + "playground.html");
  await engineLoaded(page, LOAD_TIMEOUT);
});

after(async () => {
  await browser?.close();
  server?.stop();
  printTable(rows);
});

// hostileCases reads the corpus: [{name, src, wantType}], sorted by name.
function hostileCases() {
  return fs.readdirSync(HOSTILE_DIR).filter((f) => f.endsWith(".py")).sort().map((file) => {
    const src = fs.readFileSync(path.join(HOSTILE_DIR, file), "utf8");
    const wantType = src.split("\n", 1)[0].match(/^# error: (\S+)/)?.[1];
    assert.ok(wantType, `${file}: the first line must be "# error: TYPE"`);
    return { name: file.slice(0, -3), src, wantType };
  });
}

// runInPage runs code through the page's lab and resolves to {ms, report}
// or {ms, failure} when the call produced no report (the worker was
// replaced); ms is measured in the page, from the call to its end.
function runInPage(code) {
  return page.evaluate(async (code) => {
    const start = performance.now();
    try {
      const report = await window.ormlab.run(code);
      return { ms: performance.now() - start, report: { output: report.output, error: report.error } };
    } catch (error) {
      return { ms: performance.now() - start, failure: { type: error.type, message: error.message } };
    }
  }, code);
}

// engineLimitMS is the wall-time limit the engine's ready event gave.
async function engineLimitMS() {
  const limits = await page.evaluate(() => window.ormlabSeen.limits);
  assert.ok(limits?.timeout_ms > 0, `the engine's ready event gives its wall-time limit (got ${JSON.stringify(limits)})`);
  return limits.timeout_ms;
}

// ranAgain checks that the page is usable: a trivial script prints.
async function ranAgain() {
  await engineLoaded(page, LOAD_TIMEOUT);
  const { ms, report, failure } = await runInPage('print("still here")');
  assert.ok(report, `a trivial run afterwards gives a report, not ${JSON.stringify(failure)}`);
  assert.equal(report.error, null);
  assert.equal(report.output.trim(), "still here");
  return ms;
}

for (const c of hostileCases()) {
  test(`hostile ${c.name} ends with ${c.wantType} in Chromium and the page stays usable`, async () => {
    const limitMS = await engineLimitMS();
    const restartsBefore = await page.evaluate(() => window.ormlabSeen.restarts.length);
    const { ms, report, failure } = await runInPage(c.src);
    const row = { name: c.name, want: c.wantType, got: report?.error?.type ?? failure?.type ?? "no error", ms, restarted: !!failure };
    rows.push(row);
    if (failure) {
      // The worker died or hung and was replaced: acceptable only when the
      // page says so and the next run works.
      assert.match(failure.type, /^(EngineCrashed|EngineTimeout)$/, `no report: ${failure.type}: ${failure.message}`);
      const restarts = await page.evaluate(() => window.ormlabSeen.restarts.length);
      assert.equal(restarts, restartsBefore + 1, "the lab announced one restart");
      await page.locator("#load:not([hidden])").waitFor({ timeout: 5000 });
      assert.equal((await page.locator("#load span").textContent()).trim(), failure.message);
    } else {
      assert.equal(report.error?.type, c.wantType, `ended with ${JSON.stringify(report.error)}`);
      assert.ok(report.error.line > 0, "the error names a script line");
    }
    assert.ok(ms <= limitMS + SLACK_MS, `ran ${Math.round(ms)} ms, more than the wall-time limit plus ${SLACK_MS} ms (${limitMS + SLACK_MS} ms)`);
    row.againMS = await ranAgain();
    assert.deepEqual(problems, [], "no console error, failed request or request to another origin");
  });
}

// printTable prints each case's time to its error (node --test shows
// it as comment lines of its output).
function printTable(rows) {
  const lines = rows.map((r) =>
    `${r.name.padEnd(26)} ${r.want.padEnd(15)} ${r.got.padEnd(15)} ${String(Math.round(r.ms)).padStart(6)} ms` +
    `${r.againMS === undefined ? "" : `  next run ${Math.round(r.againMS)} ms`}${r.restarted ? "  (worker replaced)" : ""}`);
  const total = rows.reduce((sum, r) => sum + r.ms, 0);
  console.log([`hostile corpus in Chromium: case, expected, got, time to the error`, ...lines,
    `${rows.length} cases, ${Math.round(total)} ms running them`].join("\n"));
}
