// Lesson pages end to end, in headless Chromium against `ormlab serve`:
// every lesson's first runnable block runs in the page, and an exercise is
// graded by the engine (fail on the starter code, pass on the solution),
// by the rules of the lesson on the page even when a trainer serves their
// own lessons.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { editorCode, engineLoaded, screenshot, startServer, usePages, watch } from "./harness.mjs";

// A run can include loading the engine; allow for a slow shared machine.
const RUN_TIMEOUT = 60_000;

const t = usePages({ viewport: { width: 1200, height: 900 } });

// openLesson shows a lesson and waits for its blocks to become editors.
async function openLesson(slug) {
  await t.page.goto(t.server.url + `lesson.html?lesson=${slug}`);
  await t.page.locator(".lab-block .cm-content").first().waitFor({ timeout: RUN_TIMEOUT });
}

// runBlock presses a block's Run and waits for its report or failure.
async function runBlock(block) {
  await block.locator('[data-action="run"]').click();
  await block.locator('.lab-results :is([data-stat="queries"], .message.bad)').first().waitFor({ timeout: RUN_TIMEOUT });
  await block.locator('[data-action="run"]:enabled').waitFor();
}

// replaceCode selects a block's code and pastes text over it, as a
// learner pasting from the clipboard would.
async function replaceCode(block, text) {
  const content = block.locator(".cm-content");
  await content.click();
  await t.page.keyboard.press("ControlOrMeta+A");
  await content.evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}


test("every lesson's first runnable block runs in the page", async () => {
  await t.page.goto(t.server.url);
  await t.page.locator("#lessons a").first().waitFor({ timeout: RUN_TIMEOUT });
  const slugs = await t.page.locator("#lessons a").evaluateAll((links) =>
    links.map((a) => new URL(a.href).searchParams.get("lesson")));
  await engineLoaded(t.page, RUN_TIMEOUT);
  assert.ok(slugs.length >= 18, `the index lists every lesson (${slugs.length})`);
  for (const slug of slugs) {
    await openLesson(slug);
    const block = t.page.locator(".lab-block").first();
    await runBlock(block);
    const results = block.locator(".lab-results");
    assert.equal(await results.locator(".error-box, .message.bad").count(), 0,
      `${slug}: the first block runs without an error: ${await results.textContent()}`);
    assert.match(await results.locator('[data-stat="queries"]').textContent(), /^\d+$/, `${slug}: a query count`);
    await engineLoaded(t.page, RUN_TIMEOUT);
  }
});

test("Compare runs a pair and Reset restores the lesson's code", async () => {
  await openLesson("select-related");
  const naive = t.page.locator('.lab-block[data-role="naive"]').first();
  const optimized = t.page.locator(`.lab-block[data-role="optimized"][data-pair="${await naive.getAttribute("data-pair")}"]`);
  await optimized.locator('[data-action="compare"]').click();
  await optimized.locator(".lab-compare").waitFor({ timeout: RUN_TIMEOUT });
  assert.match(await optimized.locator(".lab-compare").textContent(), /Outputs match/);
  const counts = await Promise.all([naive, optimized].map((b) => b.locator('[data-stat="queries"]').textContent()));
  assert.ok(Number(counts[0]) > Number(counts[1]), `the naive block sends more queries (${counts})`);
  assert.ok(await naive.locator('.finding[data-kind="n_plus_one"] .fix').count() >= 1, "the N+1 finding shows its fix");

  const original = await editorCode(naive);
  await replaceCode(naive, "print(1)");
  assert.equal(await editorCode(naive), "print(1)");
  await naive.locator('[data-action="reset"]').click();
  assert.equal(await editorCode(naive), original);
  await engineLoaded(t.page, RUN_TIMEOUT);
});

test("an exercise fails on its starter code and passes with its solution", async () => {
  await openLesson("seeing-the-sql");
  const exercise = t.page.locator('.lab-block[data-role="exercise"]').first();
  const solution = exercise.locator("details.lab-solution");
  assert.equal(await solution.evaluate((d) => d.open), false, "the solution starts hidden");
  assert.equal(await solution.locator("pre").isVisible(), false);

  await exercise.locator(".cm-content").click();
  await t.page.keyboard.press("ControlOrMeta+Enter");
  const verdict = exercise.locator(".lab-verdict");
  await verdict.waitFor({ timeout: RUN_TIMEOUT });
  assert.equal(await verdict.getAttribute("data-verdict"), "fail");
  assert.match(await verdict.textContent(), /over budget by \d+ quer/);

  await solution.locator("summary").click();
  const code = (await solution.locator("pre").textContent()).replace(/\n$/, "");
  await replaceCode(exercise, code);
  assert.equal(await editorCode(exercise), code);
  await runBlock(exercise);
  assert.equal(await verdict.getAttribute("data-verdict"), "pass", await verdict.textContent());
  assert.match(await verdict.textContent(), /Pass/);
  await screenshot(t.page, "lesson-exercise");
  await engineLoaded(t.page, RUN_TIMEOUT);
});

test("Stop ends a block's runaway script at once and the block runs again", async () => {
  await openLesson("seeing-the-sql");
  const block = t.page.locator(".lab-block").first();
  const stop = block.locator('[data-action="stop"]');
  assert.equal(await stop.isDisabled(), true, "Stop is off while nothing runs");
  await engineLoaded(t.page, RUN_TIMEOUT);
  // Each pass works inside one builtin, so only the engine's 5 s wall-time
  // limit would end it.
  await replaceCode(block, "while True:\n    s = sum(range(20000))");
  await block.locator('[data-action="run"]').click();
  await t.page.locator('.lab-block[data-busy="true"]').first().waitFor();
  await t.page.waitForTimeout(150);
  assert.equal(await block.getAttribute("data-busy"), "true", "the loop is still running");
  assert.equal(await block.locator('[data-action="run"]').isDisabled(), true);
  const stoppedAt = Date.now();
  await stop.click();
  await t.page.locator('.lab-block[data-busy="false"]').first().waitFor({ timeout: 3000 });
  assert.ok(Date.now() - stoppedAt < 3000, "Stop takes effect long before the engine's 5 s limit");
  assert.equal(await block.locator(".lab-results").textContent(), "Stopped.");
  assert.equal(await stop.isDisabled(), true);

  await block.locator('[data-action="reset"]').click();
  await runBlock(block);
  assert.match(await block.locator('[data-stat="queries"]').textContent(), /^\d+$/);
});

// A trainer's lesson, served with `ormlab serve --lessons DIR`: its
// exercise only exists there, and its row budget is its own.
const CUSTOM_LESSON = `---
title: A custom lesson
slug: custom-lesson
order: 1
summary: A trainer's own exercise.
minutes: 1
---

# A custom lesson

\`\`\`python {exercise budget=1 rows=1}
print(len(Author.objects.all()))
\`\`\`

\`\`\`text {output}
50
\`\`\`

\`\`\`python {solution}
print(Author.objects.count())
\`\`\`
`;

test("an exercise of a trainer's own lessons is graded by its own rules", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ormlab-lessons-"));
  fs.writeFileSync(path.join(dir, "01-custom-lesson.md"), CUSTOM_LESSON);
  const server = await startServer(["--lessons", dir]);
  const context = await t.browser.newContext();
  const problems = watch(context, new URL(server.url).origin);
  try {
    const page = await context.newPage();
    await page.goto(server.url + "lesson.html?lesson=custom-lesson");
    const exercise = page.locator('.lab-block[data-role="exercise"]');
    await exercise.locator('[data-action="run"]').click();
    const verdict = exercise.locator(".lab-verdict");
    await verdict.waitFor({ timeout: RUN_TIMEOUT });
    assert.equal(await verdict.textContent(),
      "Not yet ✗ — over the row budget by 49 (50 rows fetched, budget 1); let the database count or check instead of fetching");
    await engineLoaded(page, RUN_TIMEOUT);
  } finally {
    await context.close();
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(problems, [], "no console error, failed request or request to another origin");
});
