// The playground end to end, in headless Chromium against `ormlab serve`.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { editorText, engineLoaded, root, screenshot, usePages } from "./harness.mjs";

const NAIVE = "for book in Book.objects.all():\n    print(book.title, book.author.name)";
const OPTIMIZED = 'for book in Book.objects.select_related("author"):\n    print(book.title, book.author.name)';
// A run can include loading the engine; allow for a slow shared machine.
const RUN_TIMEOUT = 60_000;

const t = usePages({ viewport: { width: 1400, height: 900 } });

const side = (name) => t.page.locator(`.side[data-side="${name}"]`);
const queries = (name) => side(name).locator('[data-stat="queries"]');

test("Compare shows the FK N+1 pair's 201 vs 1 queries and matching outputs", async () => {
  await t.page.goto(t.server.url + "playground.html");
  assert.equal(await editorText(t.page, "naive"), NAIVE);
  assert.equal(await editorText(t.page, "optimized"), OPTIMIZED);
  await t.page.click("#compare");
  await t.page.locator("#verdict").waitFor({ state: "visible", timeout: RUN_TIMEOUT });
  assert.equal(await queries("naive").textContent(), "201");
  assert.equal(await queries("optimized").textContent(), "1");
  assert.match(await t.page.locator("#verdict").textContent(), /Outputs match/);
  assert.equal(await t.page.locator("#verdict").getAttribute("data-same"), "true");
  assert.ok(await side("naive").locator(".finding").count() >= 1, "the naive side has an N+1 finding");
  assert.match(await side("naive").locator(".finding").first().textContent(), /select_related\("author"\)/);

  // A query's line link marks that line in the editor.
  await side("naive").locator(".sql-log .q").nth(1).locator(".line-link").click();
  await side("naive").locator(".cm-mark-query").waitFor();
  assert.match(await side("naive").locator(".cm-mark-query").textContent(), /book\.author\.name/);

  await t.page.locator('#chart[data-state="done"]').waitFor({ timeout: RUN_TIMEOUT });
  assert.equal(await t.page.locator("#chart svg").count(), 2);
  await screenshot(t.page, "playground");
});

// startupSteps lists the steps of the current worker's start, in the order
// they ended (lab.startup).
const startupSteps = () => t.page.evaluate(() =>
  Object.entries(window.ormlab.startup).sort((a, b) => a[1] - b[1]).map(([step]) => step));

test("Stop ends a runaway script at once and the next run works", async () => {
  await t.page.goto(t.server.url + "playground.html");
  await engineLoaded(t.page, RUN_TIMEOUT);
  assert.deepEqual(await startupSteps(), ["started", "downloaded", "instantiated", "initialized", "warm"]);
  const editor = side("naive").locator(".cm-content");
  await editor.click();
  await t.page.keyboard.press("ControlOrMeta+A");
  // Each pass does its work inside one builtin, so the step budget lasts
  // far beyond the 5 s wall-time limit: only Stop ends it quickly.
  await t.page.keyboard.type("while True:\n    s = sum(range(20000))");
  await t.page.keyboard.press("ControlOrMeta+Enter");
  await t.page.locator('body[data-busy="true"]').waitFor();
  // The engine's own wall-time limit would end the loop after 5 s; Stop
  // must not wait for that.
  await t.page.waitForTimeout(150);
  assert.equal(await t.page.locator("body").getAttribute("data-busy"), "true", "the loop is still running");
  const stoppedAt = Date.now();
  await t.page.click("#stop");
  // Stop terminates the worker synchronously; the bound is generous for a
  // 2-core CI machine whose other core the runaway worker keeps busy, yet
  // well under the 5 s after which the engine's own limit would end it.
  await t.page.locator('body[data-busy="false"]').waitFor({ timeout: 3000 });
  assert.ok(Date.now() - stoppedAt < 3000, "Stop takes effect long before the engine's 5 s limit");
  assert.match(await side("naive").locator(".results").textContent(), /Stopped/);

  await t.page.click("#reset");
  await side("naive").locator(".run").click();
  await queries("naive").waitFor({ timeout: RUN_TIMEOUT });
  assert.equal(await queries("naive").textContent(), "201");
  // The new worker started from the engine the first one compiled.
  assert.deepEqual(await startupSteps(), ["started", "instantiated", "initialized", "warm"]);
});

test("a shared link opens the same code and scale", async () => {
  const naive = 'print("héllo & goodbye #1")\nfor a in Author.objects.all()[:3]:\n    print(a.name)';
  const optimized = "print(Author.objects.count())";
  const hash = `naive=${encodeURIComponent(naive)}&optimized=${encodeURIComponent(optimized)}&scale=5`;
  await t.page.goto(t.server.url + "playground.html#" + hash);
  assert.equal(await editorText(t.page, "naive"), naive);
  assert.equal(await editorText(t.page, "optimized"), optimized);
  assert.equal(await t.page.locator("#scale").inputValue(), "5");
  assert.ok(await t.page.locator("#notice").isHidden());

  // Editing keeps the link up to date.
  await side("optimized").locator(".cm-content").click();
  await t.page.keyboard.press("End");
  await t.page.keyboard.type("  # edited");
  await t.page.waitForFunction(() => decodeURIComponent(location.hash).includes("# edited"));
});

test("a damaged link shows a clear message and the default example", async () => {
  for (const hash of ["garbage", "naive=%E0%A4%A&optimized=x", "naive=x&optimized=y&scale=7", "naive=only"]) {
    await t.page.goto("about:blank");
    await t.page.goto(t.server.url + "playground.html#" + hash);
    await t.page.locator("#notice").waitFor({ state: "visible" });
    assert.match(await t.page.locator("#notice").textContent(), /This link could not be opened: .+ default example/);
    assert.equal(await editorText(t.page, "naive"), NAIVE);
    // Let the engine finish loading, so the next navigation aborts nothing.
    await engineLoaded(t.page, RUN_TIMEOUT);
  }
});

test("the lesson index links to lessons rendered from Markdown", async () => {
  await t.page.goto(t.server.url);
  const first = t.page.locator("#lessons a").first();
  await first.waitFor({ timeout: RUN_TIMEOUT });
  // Lesson pages show before the engine is loaded; leaving a page while it
  // downloads would abort the download, a failed request.
  await engineLoaded(t.page, RUN_TIMEOUT);
  await first.click();
  await t.page.locator("article h1").waitFor({ timeout: RUN_TIMEOUT });
  assert.ok((await t.page.locator("article").textContent()).length > 100);
  await screenshot(t.page, "lesson");

  // A lesson's naive/optimized pair opens in the playground.
  const paired = await t.page.evaluate(async () => {
    for (const { slug } of await window.ormlab.lessons()) {
      const lesson = await window.ormlab.lesson(slug);
      const naive = lesson.blocks.find((b) => b.role === "naive" && b.pair);
      if (naive) return { slug, naive: naive.code };
    }
    return null;
  });
  assert.ok(paired, "some lesson has a naive/optimized pair");
  // The lessons and Markdown come from their own program, which the
  // worker starts on first use; its errors are data like the engine's.
  assert.deepEqual(await t.page.evaluate(async () => [
    (await window.ormlab.markdown("**bold** <b>raw</b>")).html,
    await window.ormlab.lesson("nope").then(() => "found", (e) => `${e.type}: ${e.message}`),
  ]), ["<p><strong>bold</strong> <!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>\n", 'NotFound: no lesson is named "nope"']);
  // A lessons program that cannot load fails its own calls, each time it
  // is asked for, and leaves the engine working. SQLite's module stands in
  // for a broken one: it is wasm, but not a Go program.
  const sqlite = fs.readdirSync(path.join(root, "site", "dist", "assets")).find((f) => /^sqlite3\.\w+\.wasm$/.test(f));
  const [failure, output, again] = await t.page.evaluate(async (url) => {
    const lab = new window.ormlab.constructor({ docsURL: new URL(url, location.href).href });
    try {
      const failure = (e) => `${e.type}: ${e.message}`;
      return [
        await lab.lessons().then(() => "loaded", failure),
        (await lab.run("print(6 * 7)")).output,
        await lab.markdown("*again*").then(() => "loaded", failure),
      ];
    } finally {
      lab.close();
    }
  }, `assets/${sqlite}`);
  // The rest of the message is the browser's own.
  assert.match(failure, /^LoadError: could not load the lessons: \S/);
  assert.equal(output, "42\n");
  assert.equal(again, failure);
  await t.page.goto(t.server.url + `lesson.html?lesson=${paired.slug}`);
  await engineLoaded(t.page, RUN_TIMEOUT);
  await t.page.locator(".lab-open a").first().click();
  await t.page.locator(".side .cm-content").first().waitFor();
  assert.equal(await editorText(t.page, "naive"), paired.naive);
  await engineLoaded(t.page, RUN_TIMEOUT);

  await t.page.goto(t.server.url + "lesson.html?lesson=../../etc/passwd");
  await t.page.locator("article .message").waitFor({ timeout: RUN_TIMEOUT });
  assert.match(await t.page.locator("article").textContent(), /no lesson is named/);
});
