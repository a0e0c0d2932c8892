// The embeddable widget on someone else's page: a host page on a second
// localhost port (another origin) with a hostile stylesheet embeds widgets
// from `ormlab serve`. They must render, share one engine worker, run and
// show the right counts, leave the host's styles alone, and cause no
// console error or failed request. Needs no COOP/COEP on the host page.
import assert from "node:assert/strict";
import http from "node:http";
import { after, afterEach, before, beforeEach, test } from "node:test";
import { editorText, engineLoaded, launch, screenshot, startServer, watch } from "./harness.mjs";

const RUN_TIMEOUT = 90_000;
const NAIVE = "for book in Book.objects.all():\n    print(book.title, book.author.name)\n";
const OPTIMIZED = 'for book in Book.objects.select_related("author"):\n    print(book.title, book.author.name)\n';

// HOSTILE is the host page's stylesheet: it unsets every property of every
// element, hides every div and sets inherited text properties that would
// leak into an element that does not reset them.
const HOSTILE = `
* { all: unset !important; }
div { display: none !important; }
body { display: block !important; font-family: "Comic Sans MS", cursive !important; color: rgb(0, 128, 0) !important;
  font-size: 40px !important; line-height: 3 !important; letter-spacing: 5px !important; text-transform: uppercase !important; }
#note { display: block !important; color: rgb(200, 0, 0) !important; font-size: 31px !important; }
`;

// indent puts code inside the host page as a documentation author would.
const indent = (code) => code.replace(/^/gm, "      ");

function hostPage(lab, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host docs</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/host.css">
<script type="module" src="${lab}widget.js"></script>
</head><body>${body}</body></html>`;
}

const TWO_WIDGETS = `
<p id="note">Host documentation text</p>
<div id="hostdiv">a div the host hides</div>
<orm-lab id="inline" budget="1">
  <script type="text/x-python" data-role="naive">
${indent(NAIVE)}
  </script>
  <script type="text/x-python" data-role="optimized">
${indent(OPTIMIZED)}
  </script>
</orm-lab>
<orm-lab id="lesson" lesson="select-related" block="1"></orm-lab>`;

const FAR_WIDGET = `<p id="note">Top of a long page</p><p style="display:block!important;height:4000px!important">…</p>
<orm-lab id="far" lesson="select-related" block="3"></orm-lab>`;

let lab, host, browser, context, page, problems;

// startHost serves the host pages on another port: another origin.
function startHost(labURL) {
  const pages = { "/two.html": hostPage(labURL, TWO_WIDGETS), "/far.html": hostPage(labURL, FAR_WIDGET) };
  const server = http.createServer((req, res) => {
    if (req.url === "/host.css") return res.writeHead(200, { "Content-Type": "text/css" }).end(HOSTILE);
    if (pages[req.url]) return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(pages[req.url]);
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "localhost", () => {
    resolve({ url: `http://localhost:${server.address().port}/`, stop: () => server.close() });
  }));
}

before(async () => {
  lab = await startServer();
  host = await startHost(lab.url);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  host?.stop();
  lab?.stop();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  problems = watch(context, [new URL(lab.url).origin, new URL(host.url).origin]);
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
  assert.deepEqual(problems, [], "no console error, failed request or request to a third origin");
});

const widget = (id) => page.locator(`orm-lab#${id}`);
const count = (id, side) => widget(id).locator(`tr[data-side="${side}"] [data-stat="queries"]`).textContent();
const check = (id, name) => widget(id).locator(`[data-check="${name}"]`).getAttribute("data-pass");

test("two widgets on a hostile host page on another origin run and show their counts", async () => {
  await page.goto(host.url + "two.html");
  await page.locator('orm-lab[data-state="done"]').nth(1).waitFor({ state: "attached", timeout: RUN_TIMEOUT });
  assert.equal(await count("inline", "naive"), "201");
  assert.equal(await count("inline", "optimized"), "1");
  assert.equal(await check("inline", "same-output"), "true");
  assert.equal(await check("inline", "budget"), "true");
  assert.equal(await count("lesson", "naive"), "9");
  assert.equal(await count("lesson", "optimized"), "1");
  assert.equal(await check("lesson", "budget"), "true");
  assert.equal(page.workers().length, 1, "the widgets share one engine worker");
  assert.equal(await page.evaluate(() => crossOriginIsolated), false, "the host page is not cross-origin isolated");

  // The host's own elements keep the host's styles.
  const note = await page.locator("#note").evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontSize]);
  assert.deepEqual(note, ["rgb(200, 0, 0)", "31px"]);
  assert.equal(await page.locator("#hostdiv").evaluate((el) => getComputedStyle(el).display), "none");

  // The widget's text is its own: no inherited font, colour or spacing.
  for (const id of ["inline", "lesson"]) {
    const style = await widget(id).locator(".w").evaluate((el) => {
      const s = getComputedStyle(el);
      return { display: s.display, font: s.fontFamily, size: s.fontSize, spacing: s.letterSpacing, transform: s.textTransform, color: s.color };
    });
    assert.equal(style.display, "block");
    assert.doesNotMatch(style.font, /Comic/);
    assert.equal(style.size, "14px");
    assert.equal(style.spacing, "normal");
    assert.equal(style.transform, "none");
    assert.notEqual(style.color, "rgb(0, 128, 0)");
    const box = await widget(id).locator("table").boundingBox();
    assert.ok(box && box.height > 40 && box.width > 100, `the results table of #${id} is visible: ${JSON.stringify(box)}`);
  }
  await screenshot(page, "widget-host");

  // "Open in the playground" carries the code.
  const href = await widget("inline").locator("a.open").getAttribute("href");
  assert.ok(href.startsWith(lab.url + "playground.html#naive="), href);
  await page.goto(href);
  assert.equal(await editorText(page, "naive"), NAIVE.trimEnd());
  assert.equal(await editorText(page, "optimized"), OPTIMIZED.trimEnd());
  await engineLoaded(page, RUN_TIMEOUT);
});

test("a widget below the fold loads nothing until it scrolls into view", async () => {
  const engineRequests = [];
  page.on("request", (r) => /\.(wasm|js)$/.test(new URL(r.url()).pathname) && r.url().includes("/assets/") && engineRequests.push(r.url()));
  await page.goto(host.url + "far.html");
  await widget("far").locator(".code pre").first().waitFor({ state: "attached" });
  await page.waitForTimeout(500);
  assert.equal(await widget("far").getAttribute("data-state"), "idle");
  assert.deepEqual(engineRequests, [], "no worker or engine download before the widget is seen");
  assert.equal(page.workers().length, 0);

  await widget("far").scrollIntoViewIfNeeded();
  await page.locator('orm-lab#far[data-state="done"]').waitFor({ state: "attached", timeout: RUN_TIMEOUT });
  assert.equal(await count("far", "naive"), "7");
  assert.equal(await count("far", "optimized"), "1");
});

test("the lab serves the widget's files to other origins", async () => {
  const response = await fetch(lab.url + "widget.js", { headers: { Origin: host.url.slice(0, -1) } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("access-control-allow-origin"), "*");
  assert.equal(response.headers.get("cross-origin-resource-policy"), "cross-origin");
  assert.match(response.headers.get("content-type"), /^text\/javascript/);
  const lesson = await fetch(lab.url + "lessons/select-related.json");
  assert.equal(lesson.headers.get("access-control-allow-origin"), "*");
  assert.equal((await lesson.json()).slug, "select-related");
});

test("the demo page shows widgets in a sample documentation page", async () => {
  await page.goto(lab.url + "embed.html");
  await page.locator('orm-lab[data-state="done"]').nth(1).waitFor({ state: "attached", timeout: RUN_TIMEOUT });
  assert.match(await page.locator("[data-lab-root]").textContent(), new RegExp(`^${lab.url}$`));
  const manual = page.locator("orm-lab[manual]");
  assert.equal(await manual.getAttribute("data-state"), "idle");
  await manual.locator("button").click();
  await page.locator('orm-lab[manual][data-state="done"]').waitFor({ state: "attached", timeout: RUN_TIMEOUT });
  assert.equal(await manual.locator('[data-check="rows"]').getAttribute("data-pass"), "true");
  assert.match(await manual.locator('[data-check="rows"]').textContent(), /1 row fetched, budget 1/);

  // Run again runs once more: each result on screen adds a performance mark.
  const results = () => performance.getEntriesByName("ormlab:widget-result").length;
  const before = await page.evaluate(results);
  const first = page.locator("orm-lab").first();
  assert.equal(await first.locator("button").textContent(), "Run again");
  await first.locator("button").click();
  await page.waitForFunction((n) => performance.getEntriesByName("ormlab:widget-result").length > n, before, { timeout: RUN_TIMEOUT });
  assert.equal(await first.getAttribute("data-state"), "done");
  await screenshot(page, "widget-demo");
});
