// A dead or silent engine never leaves the page stuck: the pending run
// ends with a message that says what happened, the worker is replaced,
// and the next run works at once (site/src/lab.js, #restart).
import assert from "node:assert/strict";
import { test } from "node:test";
import { engineLoaded, usePages } from "./harness.mjs";

const RUN_TIMEOUT = 60_000;
const t = usePages({ viewport: { width: 1400, height: 900 } });
const side = (name) => t.page.locator(`.side[data-side="${name}"]`);

// EXIT_PRELUDE goes before the worker's own code. A request whose code
// holds EXIT_MARK makes the engine's handler do what a Go program does
// when it dies of a fatal error: print the reason on its standard error
// and return nothing. Every other request reaches the engine unchanged.
const EXIT_MARK = "ORMLAB_TEST_EXIT";
const EXIT_PRELUDE = `(() => {
  let handle;
  Object.defineProperty(self, "ormlabHandle", {
    configurable: true,
    set: (f) => { handle = f; },
    get: () => handle && ((request) => {
      if (!request.includes(${JSON.stringify(EXIT_MARK)})) return handle(request);
      self.fs.writeSync(2, new TextEncoder().encode("fatal error: out of memory\\n"));
      return undefined;
    }),
  });
})();
`;

// withExitHook serves the worker script with EXIT_PRELUDE in front.
async function withExitHook(context) {
  await context.route(/\/assets\/worker\.[^/]*\.js$/, async (route) => {
    const response = await fetch(route.request().url());
    const body = EXIT_PRELUDE + (await response.text());
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !/^content-(encoding|length)$/.test(name)));
    await route.fulfill({ status: 200, body, headers });
  });
}

// runNaive replaces the naive script with code and runs it.
async function runNaive(code) {
  await side("naive").locator(".cm-content").click();
  await t.page.keyboard.press("ControlOrMeta+A");
  await t.page.keyboard.type(code);
  await side("naive").locator(".run").click();
}

// ranAgain checks that the page is usable: a plain run gives its report.
async function ranAgain() {
  const startedAt = Date.now();
  await runNaive("print(Book.objects.count())");
  await side("naive").locator("[data-output]").waitFor({ timeout: RUN_TIMEOUT });
  assert.equal((await side("naive").locator("[data-output]").textContent()).trim(), "200");
  return Date.now() - startedAt;
}

test("an engine that dies of a fatal error mid-run: the page says so and the next run works", async () => {
  await withExitHook(t.context);
  await t.page.goto(t.server.url + "playground.html");
  await engineLoaded(t.page, RUN_TIMEOUT);
  const startedAt = Date.now();
  await runNaive(`# ${EXIT_MARK}\nprint(1)`);
  await t.page.locator('body[data-busy="false"]').waitFor({ timeout: 5000 });
  const shownMS = Date.now() - startedAt;
  assert.match(await side("naive").locator(".results").textContent(), /^The engine ran out of memory and was restarted\./);
  assert.equal(await t.page.locator("#status").textContent(), "The engine was restarted and is ready.");
  const againMS = await ranAgain();
  console.log(`# engine death: message shown after ${shownMS} ms, next run answered in ${againMS} ms`);
});

test("a worker that dies without a word is replaced by the watchdog", async () => {
  await t.page.goto(t.server.url + "playground.html");
  await engineLoaded(t.page, RUN_TIMEOUT);
  const worker = t.page.workers().find((w) => w.url().includes("/assets/worker."));
  assert.ok(worker, "the engine's worker is running");
  await worker.evaluate(() => self.close());
  const startedAt = Date.now();
  await runNaive("print(1)");
  await t.page.locator('body[data-busy="false"]').waitFor({ timeout: 30_000 });
  const shownMS = Date.now() - startedAt;
  assert.match(await side("naive").locator(".results").textContent(), /^The engine did not answer within \d+ s and was restarted\./);
  const againMS = await ranAgain();
  console.log(`# silent worker: message shown after ${shownMS} ms, next run answered in ${againMS} ms`);
});

test("a lesson block whose engine dies says so and runs again", async () => {
  await withExitHook(t.context);
  await t.page.goto(t.server.url + "lesson.html?lesson=seeing-the-sql");
  const block = t.page.locator(".lab-block").first();
  await block.locator(".cm-content").waitFor({ timeout: RUN_TIMEOUT });
  await engineLoaded(t.page, RUN_TIMEOUT);
  const original = await block.locator(".cm-content").textContent();
  await block.locator(".cm-content").click();
  await t.page.keyboard.press("ControlOrMeta+End");
  await t.page.keyboard.type(`\n# ${EXIT_MARK}`);
  await block.locator('[data-action="run"]').click();
  await block.locator(".lab-results .message.bad").waitFor({ timeout: 5000 });
  assert.match(await block.locator(".lab-results").textContent(), /^The engine ran out of memory and was restarted\./);
  await block.locator('[data-action="reset"]').click();
  assert.equal(await block.locator(".cm-content").textContent(), original);
  await block.locator('[data-action="run"]').click();
  await block.locator('.lab-results [data-stat="queries"]').waitFor({ timeout: RUN_TIMEOUT });
  assert.match(await block.locator('[data-stat="queries"]').textContent(), /^\d+$/);
});

test("an embedded widget whose engine dies says so, and the next widget runs", async () => {
  await withExitHook(t.context);
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Docs</title><link rel="icon" href="data:,">
<script type="module" src="/widget.js"></script></head><body>
<orm-lab id="dies"><script type="text/x-python"># ${EXIT_MARK}\nprint(1)</script></orm-lab>
<orm-lab id="runs" manual><script type="text/x-python">print(Book.objects.count())</script></orm-lab>
</body></html>`;
  await t.context.route("**/docs-with-widgets.html", (route) =>
    route.fulfill({ status: 200, body: page, headers: { "content-type": "text/html; charset=utf-8" } }));
  await t.page.goto(t.server.url + "docs-with-widgets.html");
  const dies = t.page.locator("orm-lab#dies");
  await t.page.locator('orm-lab#dies[data-state="error"]').waitFor({ state: "attached", timeout: RUN_TIMEOUT });
  assert.match(await dies.locator(".w").textContent(), /The example could not run: The engine ran out of memory and was restarted\./);
  await t.page.locator("orm-lab#runs button").click();
  await t.page.locator('orm-lab#runs[data-state="done"]').waitFor({ state: "attached", timeout: RUN_TIMEOUT });
});
