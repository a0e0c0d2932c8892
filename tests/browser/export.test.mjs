// The static export (`ormlab export DIR`, which `make dist` writes to
// dist/site) served by a plain static file server with no headers of its
// own, Python's http.server: the playground, the lessons and the widget
// demo must work, with no COOP/COEP, no precompression and no server logic.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, afterEach, before, beforeEach, test } from "node:test";
import { binary, engineLoaded as waitForEngine, launch, startProcess, watch } from "./harness.mjs";

const RUN_TIMEOUT = 90_000;
const PYTHON = process.env.PYTHON ?? "/usr/bin/python3";

let dir, server, browser, context, page, problems;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ormlab-export-"));
  const out = execFileSync(binary, ["export", dir], { encoding: "utf8" });
  assert.match(out, /^wrote \d+ files/);
  server = await startProcess(PYTHON, ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", dir],
    /Serving HTTP on \S+ port (\d+)/);
  server.url = `http://127.0.0.1:${server.url}/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  problems = watch(context, new URL(server.url).origin);
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
  assert.deepEqual(problems, [], "no console error, failed request or request to another origin");
});

test("the export holds every page, asset and lesson, with precompressed copies", () => {
  for (const name of ["index.html", "playground.html", "lesson.html", "embed.html", "widget.js", "favicon.svg", "lessons/index.json", "lessons/select-related.json"]) {
    assert.ok(fs.existsSync(path.join(dir, name)), `${name} is exported`);
  }
  const assets = fs.readdirSync(path.join(dir, "assets"));
  const wasm = assets.find((f) => f.endsWith(".wasm"));
  assert.ok(wasm && assets.includes(wasm + ".br") && assets.includes(wasm + ".gz"), `the engine and its copies: ${assets}`);
  assert.ok(fs.existsSync(path.join(dir, "lessons/select-related.json.gz")));
  assert.ok(!fs.existsSync(path.join(dir, "README.md")));
  for (const prefix of ["engine.", "docs.", "pgquery.", "sqlite3."]) {
    assert.ok(assets.some((f) => f.startsWith(prefix) && f.endsWith(".wasm")), `${prefix}*.wasm is exported`);
  }
});

test("each page preloads the chunks its first script imports, and they exist", () => {
  for (const page of ["index.html", "playground.html", "lesson.html"]) {
    const html = fs.readFileSync(path.join(dir, page), "utf8");
    const boot = html.match(/<script type="module" src="(assets\/boot\.\w+\.js)">/)?.[1];
    assert.ok(boot, `${page} loads boot.js`);
    const imports = [...fs.readFileSync(path.join(dir, boot), "utf8").matchAll(/import\s*(?:[^"]*from\s*)?"\.\/([\w.]+\.js)"/g)]
      .map((m) => `assets/${m[1]}`).sort();
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
    assert.ok(imports.length > 0, `${boot} imports chunks`);
    assert.deepEqual(preloaded, imports, `${page} preloads what ${boot} imports`);
    for (const file of preloaded) assert.ok(fs.existsSync(path.join(dir, file)), `${file} is exported`);
  }
});

test("the playground compares on a plain static server", async () => {
  const response = await page.goto(server.url + "playground.html");
  assert.equal(response.headers()["cross-origin-embedder-policy"], undefined, "the server sends no COEP");
  await page.click("#compare");
  await page.locator("#verdict").waitFor({ state: "visible", timeout: RUN_TIMEOUT });
  const queries = (side) => page.locator(`.side[data-side="${side}"] [data-stat="queries"]`).textContent();
  assert.equal(await queries("naive"), "201");
  assert.equal(await queries("optimized"), "1");
  assert.match(await page.locator("#verdict").textContent(), /Outputs match/);
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
});

// engineLoaded waits until the page's engine is up, so that leaving the
// page aborts no download.
const engineLoaded = () => waitForEngine(page, RUN_TIMEOUT);

test("the lessons and the widget demo work on a plain static server", async () => {
  await page.goto(server.url);
  await page.locator("#lessons a").first().waitFor({ timeout: RUN_TIMEOUT });
  assert.ok(await page.locator("#lessons a").count() >= 10);
  await engineLoaded();
  await page.goto(server.url + "lesson.html?lesson=select-related");
  await page.locator("article h1").waitFor({ timeout: RUN_TIMEOUT });
  assert.match(await page.locator("article h1").textContent(), /select_related/);
  await engineLoaded();
  await page.goto(server.url + "lesson.html?lesson=no-such-lesson");
  await page.locator("article .message").waitFor({ timeout: RUN_TIMEOUT });
  assert.match(await page.locator("article").textContent(), /no lesson is named "no-such-lesson"/);
  await engineLoaded();
  // The missing lesson's 404 (and Chromium's console line about it) was the point.
  const seen = problems.splice(0);
  assert.ok(seen.every((p) => p.includes("no-such-lesson.json") || /status of 404/.test(p)), `only the missing lesson is missing: ${seen}`);

  await page.goto(server.url + "embed.html");
  await page.locator('orm-lab[data-state="done"]').nth(1).waitFor({ state: "attached", timeout: RUN_TIMEOUT });
  assert.equal(await page.locator('orm-lab[lesson="select-related"] tr[data-side="naive"] [data-stat="queries"]').textContent(), "9");
});
