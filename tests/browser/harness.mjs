// Shared set-up for the browser tests: the ormlab binary serving the site
// on a free port, headless Debian Chromium driven by playwright-core (no
// browser download), and a watch on every page for the things that must
// never happen: a console error, an uncaught exception, a failed request,
// a request to another origin.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, afterEach, before, beforeEach } from "node:test";
import { chromium } from "playwright-core";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const binary = process.env.ORMLAB_BIN ?? path.join(root, "bin", "ormlab");
export const artifacts = path.join(root, "test-artifacts");

/**
 * startServer runs `ormlab serve` on a free port and resolves to {url, stop}.
 * args are more flags for serve; bin is the binary (the built one by default).
 */
export function startServer(args = [], bin = binary) {
  return startProcess(bin, ["serve", "--addr", "127.0.0.1:0", ...args], /(http:\/\/\S+)/);
}

/**
 * startProcess runs a server and resolves to {url, stop} once its output
 * (stdout or stderr) matches pattern, whose first group is the URL.
 */
export function startProcess(command, args, pattern, options = {}) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  return new Promise((resolve, reject) => {
    let out = "";
    const read = (chunk) => {
      out += chunk;
      const match = out.match(pattern);
      if (match) resolve({ url: match[1], stop: () => child.kill(), output: () => out });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`${path.basename(command)} exited with ${code}: ${out}`)));
  });
}

/**
 * usePages registers the hooks a test file of pages shares: one server
 * and one browser for the file, a fresh context and page for each test
 * (contextOptions, such as the viewport, given to newContext), and after
 * each test the check that nothing went wrong (see watch). The returned
 * object's server, browser, context and page are set while tests run.
 */
export function usePages(contextOptions = {}) {
  const t = {};
  let problems;
  before(async () => {
    t.server = await startServer();
    t.browser = await launch();
  });
  after(async () => {
    await t.browser?.close();
    t.server?.stop();
  });
  beforeEach(async () => {
    t.context = await t.browser.newContext(contextOptions);
    problems = watch(t.context, new URL(t.server.url).origin);
    t.page = await t.context.newPage();
  });
  afterEach(async () => {
    await t.context.close();
    assert.deepEqual(problems, [], "no console error, failed request or request to another origin");
  });
  return t;
}

/** launch starts headless Chromium from the system. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
}

/**
 * watch records what must not happen in a browser context whose pages
 * load from origin (or from any of several origins); problems lists them
 * as readable strings.
 */
export function watch(context, origin) {
  const origins = [origin].flat();
  const problems = [];
  const pending = new Set();
  inFlight.set(context, pending);
  context.on("requestfinished", (request) => pending.delete(request));
  context.on("request", (request) => {
    pending.add(request);
    const url = request.url();
    if (!origins.some((o) => url.startsWith(o + "/")) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  context.on("requestfailed", (request) => {
    pending.delete(request);
    const error = request.failure()?.errorText;
    // The worker compiles pg_query in the background once it has been
    // idle for a second (site/src/worker.js); leaving the page cancels
    // that by design.
    if (error === "net::ERR_ABORTED" && /\/pgquery\.[^/]*\.wasm$/.test(request.url())) return;
    problems.push(`request failed: ${request.url()} (${error})`);
  });
  context.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  context.on("page", (page) => watchPage(page, problems));
  context.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

function watchPage(page, problems) {
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("worker", (worker) => worker.on("console", (message) => {
    if (message.type() === "error") problems.push(`worker console error: ${message.text()}`);
  }));
}

/** screenshot saves a full-page screenshot under test-artifacts/. */
export async function screenshot(page, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

// inFlight holds each watched context's requests that have not ended.
const inFlight = new WeakMap();

/**
 * engineLoaded waits until the page's engine (window.ormlab) is ready and
 * its download has ended, so that leaving the page aborts nothing: the
 * browser may report the end of the download a little after the engine
 * has started.
 */
export async function engineLoaded(page, timeout) {
  const until = Date.now() + timeout;
  await page.waitForFunction(() => window.ormlab?.ready, null, { timeout });
  await downloadsEnded(page, until - Date.now());
}

/**
 * downloadsEnded waits until no wasm download of the page's watched
 * context is in flight.
 */
export async function downloadsEnded(page, timeout) {
  const until = Date.now() + timeout;
  const pending = inFlight.get(page.context()) ?? new Set();
  while ([...pending].some((r) => r.url().endsWith(".wasm"))) {
    if (Date.now() > until) throw new Error("the engine's download did not end");
    await page.waitForTimeout(20);
  }
}

/** editorText reads one playground editor's code. */
export function editorText(page, side) {
  return editorCode(page.locator(`.side[data-side="${side}"]`));
}

/** editorCode reads the code of the editor inside container (a locator). */
export function editorCode(container) {
  return container.locator(".cm-content").evaluate((el) =>
    [...el.querySelectorAll(".cm-line")].map((line) => line.textContent).join("\n"));
}
