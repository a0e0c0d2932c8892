// A lesson's runnable blocks as small labs: each block's code (the
// placeholder engine/lesson renders, <div class="lab-block">) becomes an
// editor with Run, Reset and Stop, and the optimized block of a
// naive/optimized pair gets Compare. Results show below the block in a
// compact report.
// Running an exercise also grades it: the engine's grade.Check says pass
// or fail and why (the wasm bridge's "exercise" op, given the block's
// rules from the lesson's data), so the grading lives in Go only.
import { h } from "./dom.js";
import { createEditor } from "./editor.js";
import { failureText, renderMessage, renderReport, renderVerdict } from "./report.js";

/**
 * hydrateBlocks turns every .lab-block in article into an editor run by
 * lab. lesson is the lesson's data (its blocks, from lessondata.js).
 */
export function hydrateBlocks(article, lesson, lab) {
  const byIndex = new Map((lesson.blocks ?? []).map((b) => [b.index, b]));
  const labs = new Map();
  for (const el of article.querySelectorAll(".lab-block")) {
    const block = byIndex.get(Number(el.dataset.block));
    if (block) labs.set(block.index, makeBlock(el, block, { lab, labs }));
  }
  return labs;
}

// makeBlock replaces one placeholder's code with an editor, buttons and a
// results area, and returns the block's controls.
function makeBlock(el, block, ctx) {
  const results = h("div", { class: "lab-results", "aria-live": "polite" });
  const ui = { el, block, results, generation: 0 };
  const editorHost = h("div", { class: "editor lab-editor" });
  el.querySelector("pre.lab-code")?.replaceWith(editorHost);
  ui.editor = createEditor(editorHost, {
    doc: block.code,
    label: `${block.role} block ${block.index}`,
    onRun: () => run(ui, ctx),
    onCompare: () => partnerOf(ui, ctx) && compare(ui, ctx),
  });
  ui.buttons = toolbar(ui, ctx);
  editorHost.after(ui.buttons, results);
  return ui;
}

// toolbar holds Run, Reset, Stop and, on an optimized block with a naive
// partner, Compare. Stop ends whatever the page's lab is running at once,
// rather than at the engine's wall-time limit, so the other blocks need
// not wait behind it.
function toolbar(ui, ctx) {
  const { block } = ui;
  const button = (name, text, onclick, primary) =>
    h("button", { type: "button", class: primary ? "primary" : null, "data-action": name, onclick }, text);
  const buttons = [
    button("run", block.role === "exercise" ? "Run and check" : "Run", () => run(ui, ctx), true),
    button("reset", "Reset", () => reset(ui)),
  ];
  if (block.role === "optimized" && block.pair) buttons.push(button("compare", "Compare with the naive block", () => compare(ui, ctx)));
  const stop = button("stop", "Stop", () => ctx.lab.kill());
  stop.disabled = true;
  buttons.push(stop);
  return h("div", { class: "lab-toolbar" }, buttons, h("small", { class: "lab-hint" }, "Ctrl/⌘+Enter runs"));
}

// partnerOf is the other block of ui's naive/optimized pair, or undefined.
function partnerOf(ui, ctx) {
  const { role, pair } = ui.block;
  if (!pair) return undefined;
  const want = role === "naive" ? "optimized" : "naive";
  return [...ctx.labs.values()].find((other) => other.block.pair === pair && other.block.role === want);
}

// begin marks blocks busy and returns a check that tells whether this
// action is still the newest on each of them.
function begin(blocks, text) {
  const mine = blocks.map((b) => ++b.generation);
  for (const b of blocks) {
    setBusy(b, true);
    b.editor.mark(null);
    renderMessage(b.results, text);
  }
  return () => blocks.every((b, i) => b.generation === mine[i]);
}

// setBusy marks a block running or idle: while it runs, only Stop works.
function setBusy(ui, busy) {
  ui.el.dataset.busy = String(busy);
  for (const button of ui.buttons.querySelectorAll("button")) button.disabled = (button.dataset.action === "stop") !== busy;
}

function working(lab, action) {
  return lab.ready ? `${action}…` : `Loading the engine, then ${action.toLowerCase()}…`;
}

// run runs the block's code; an exercise is graded as well.
async function run(ui, { lab }) {
  const current = begin([ui], working(lab, "Running"));
  try {
    const code = ui.editor.code;
    const exercise = ui.block.role === "exercise";
    const answer = exercise ? await lab.exercise(ui.block, code) : { report: await lab.run(code) };
    if (current()) show(ui, answer.report, answer.verdict);
  } catch (error) {
    if (current()) failed(ui, error);
  } finally {
    if (current()) setBusy(ui, false);
  }
}

// compare runs the pair (ui is its optimized block) and shows each
// report under its own block, and the outcome under this one.
async function compare(ui, ctx) {
  const naive = partnerOf(ui, ctx);
  const optimized = ui.block.role === "optimized" ? ui : naive;
  const pair = ui.block.role === "optimized" ? [naive, ui] : [ui, naive];
  const current = begin(pair, working(ctx.lab, "Comparing"));
  try {
    const result = await ctx.lab.compare(pair[0].editor.code, pair[1].editor.code);
    if (!current()) return;
    show(pair[0], result.naive);
    show(pair[1], result.optimized);
    const verdict = h("p");
    renderVerdict(verdict, result); // sets the class, so lab-compare comes after
    verdict.classList.add("lab-compare");
    optimized.results.prepend(verdict);
  } catch (error) {
    if (current()) pair.forEach((b) => failed(b, error));
  } finally {
    if (current()) pair.forEach((b) => setBusy(b, false));
  }
}

// show renders a report compactly (the SQL log starts folded) with the
// exercise's verdict, if any, above it.
function show(ui, report, verdict) {
  renderReport(ui.results, report, { onLine: (line, kind) => ui.editor.showLine(line, kind) });
  ui.results.querySelector("details.sql")?.removeAttribute("open");
  if (report.error?.line) ui.editor.mark(report.error.line, "error");
  if (verdict) ui.results.prepend(verdictLine(verdict));
}

// verdictLine says whether an exercise attempt passes, and why.
function verdictLine({ pass, reason }) {
  return h("p", { class: `verdict lab-verdict ${pass ? "ok" : "bad"}`, "data-verdict": pass ? "pass" : "fail" },
    pass ? "Pass ✓ — " : "Not yet ✗ — ", reason);
}

function failed(ui, error) {
  const stopped = error.type === "Stopped";
  renderMessage(ui.results, failureText(error), stopped ? "info" : "bad");
}

// reset restores the lesson's code and clears the results.
function reset(ui) {
  ui.generation++;
  setBusy(ui, false);
  ui.editor.code = ui.block.code;
  ui.editor.mark(null);
  ui.results.replaceChildren();
}
