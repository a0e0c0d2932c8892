// The playground: a naive and an optimized script side by side, run or
// compared at a chosen data scale, with both reports, the verdict on their
// outputs and a chart of how they grow with the data. The code and scale
// live in the URL's hash, so a link reproduces the run.
import { createLab, restarted } from "./lab.js";
import { lab } from "./page.js";
import "./style.css";
import { createEditor } from "./editor.js";
import { renderChart } from "./chart.js";
import { failureText, renderMessage, renderReport, renderVerdict } from "./report.js";
import { decodeState, encodeState } from "./share.js";

const DEFAULTS = {
  naive: "for book in Book.objects.all():\n    print(book.title, book.author.name)",
  optimized: 'for book in Book.objects.select_related("author"):\n    print(book.title, book.author.name)',
  scale: 1,
};
const SIDES = ["naive", "optimized"];
const CHART_IDLE = "Compare the scripts to see how their queries and time grow with the data.";

let sweeper = null; // a second lab for the chart, so sweeps never delay a run
let generation = 0; // bumped by every action; stale answers are dropped
// builtScales are the data scales the engine has built since it started;
// the first run at any other scale builds its data first, which is slow.
const builtScales = new Set([1]);

const $ = (selector) => document.querySelector(selector);
const ui = {
  compare: $("#compare"),
  stop: $("#stop"),
  reset: $("#reset"),
  share: $("#share"),
  scale: $("#scale"),
  status: $("#status"),
  notice: $("#notice"),
  verdict: $("#verdict"),
  chart: $("#chart"),
};
// The editors start with the code of the link, if any: filling them
// afterwards would lay them out twice while the engine loads. (An
// editor's initial code is not an edit, so saveState is not called yet.)
const initial = readHash();
const sides = Object.fromEntries(SIDES.map((name) => [name, makeSide(name, initial[name])]));
ui.scale.value = String(initial.scale);

function makeSide(name, doc) {
  const section = $(`.side[data-side="${name}"]`);
  const side = { results: section.querySelector(".results"), run: section.querySelector(".run") };
  side.editor = createEditor(section.querySelector(".editor"), {
    doc,
    label: `${name} script`,
    onRun: () => runSide(name),
    onCompare: () => compare(),
    onChange: saveState,
  });
  side.run.addEventListener("click", () => runSide(name));
  return side;
}

// --- state in the URL ----------------------------------------------------

function currentState() {
  return { naive: sides.naive.editor.code, optimized: sides.optimized.editor.code, scale: Number(ui.scale.value) };
}

// applying is set while applyState fills the editors, so that showing a
// state does not write it back into the URL.
let applying = false;

function applyState({ naive, optimized, scale }) {
  applying = true;
  sides.naive.editor.code = naive;
  sides.optimized.editor.code = optimized;
  ui.scale.value = String(scale);
  applying = false;
}

let saveTimer = 0;
function saveState() {
  if (applying) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => history.replaceState(null, "", "#" + encodeState(currentState())), 200);
}

// readHash is the state in the hash, or the defaults with a notice
// saying why the hash could not be used.
function readHash() {
  const decoded = decodeState(location.hash);
  ui.notice.hidden = !decoded?.error;
  if (decoded?.error) {
    ui.notice.textContent = `This link could not be opened: ${decoded.error}. The playground shows the default example instead.`;
  }
  return decoded?.state ?? DEFAULTS;
}

// loadHash shows the state in the hash (readHash).
function loadHash() {
  applyState(readHash());
}

// --- running -------------------------------------------------------------

// begin starts an action: it stops any sweep in flight, marks the page
// busy and returns a check that tells whether the action is still current.
function begin(text) {
  const mine = ++generation;
  if (sweeper?.busy) sweeper.kill();
  setBusy(true, text);
  return () => mine === generation;
}

function setBusy(busy, text) {
  ui.stop.disabled = !busy;
  ui.compare.disabled = busy;
  for (const name of SIDES) sides[name].run.disabled = busy;
  ui.status.textContent = text;
  document.body.dataset.busy = String(busy);
}

function finish(current, text = "") {
  if (current()) setBusy(false, text);
}

// working says what the engine is about to do, including any wait before.
function working(action) {
  const scale = Number(ui.scale.value);
  if (!lab.ready) return `Loading the engine, then ${action}…`;
  if (!builtScales.has(scale)) return `Building the data at scale ×${scale}, then ${action}…`;
  return `${action[0].toUpperCase()}${action.slice(1)}…`;
}

async function runSide(name) {
  const current = begin(working(`running the ${name} script`));
  const side = sides[name];
  side.editor.mark(null);
  renderMessage(side.results, "Running…");
  ui.verdict.hidden = true;
  try {
    const scale = Number(ui.scale.value);
    const report = await lab.run(side.editor.code, { scale });
    builtScales.add(scale);
    if (current()) show(name, report);
    finish(current, "Done.");
  } catch (error) {
    if (current()) failed([name], error);
  }
}

async function compare() {
  const current = begin(working("comparing"));
  const { naive, optimized, scale } = currentState();
  for (const name of SIDES) {
    sides[name].editor.mark(null);
    renderMessage(sides[name].results, "Running…");
  }
  ui.verdict.hidden = true;
  try {
    const result = await lab.compare(naive, optimized, { scale });
    builtScales.add(scale);
    if (!current()) return;
    for (const name of SIDES) show(name, result[name]);
    renderVerdict(ui.verdict, result);
    performance.mark("ormlab:compare-shown");
    finish(current, "Done.");
    if (!result.naive.error && !result.optimized.error) chart(naive, optimized, current);
    else renderMessage(ui.chart, "The chart needs both scripts to run without an error.");
  } catch (error) {
    if (current()) failed(SIDES, error);
  }
}

function show(name, report) {
  const { editor, results } = sides[name];
  renderReport(results, report, { onLine: (line, kind) => editor.showLine(line, kind) });
  if (report.error?.line) editor.mark(report.error.line, "error");
}

function failed(names, error) {
  const stopped = error.type === "Stopped";
  for (const name of names) renderMessage(sides[name].results, failureText(error), stopped ? "info" : "bad");
  const fresh = stopped || restarted(error);
  setBusy(false, fresh ? `${stopped ? "Stopped. " : ""}The engine was restarted and is ready.` : `Failed: ${error.message}`);
  if (restarted(error)) {
    builtScales.clear();
    builtScales.add(1);
  }
}

// chart sweeps the pair over the data scales in a second lab and draws
// the result; a newer action cancels it.
async function chart(naive, optimized, current) {
  sweeper ??= createLab();
  ui.chart.dataset.state = "measuring";
  renderMessage(ui.chart, "Measuring both scripts at data scales 1, 2, 5 and 10…");
  try {
    const result = await sweeper.sweep(naive, optimized);
    if (!current()) return;
    renderChart(ui.chart, result.points);
    ui.chart.dataset.state = "done";
  } catch (error) {
    if (error.type === "Stopped") renderMessage(ui.chart, CHART_IDLE);
    if (!current() || error.type === "Stopped") return;
    renderMessage(ui.chart, `The chart could not be measured: ${error.message}`, "bad");
    ui.chart.dataset.state = "failed";
  }
}

// stop ends whatever runs at once by terminating the workers; the pending
// calls reject with "Stopped", which their actions show.
function stop() {
  if (lab.busy) {
    lab.kill();
    builtScales.clear();
    builtScales.add(1);
  }
  if (sweeper?.busy) sweeper.kill();
}

// reset goes back to the example scripts with no results and no hash.
function reset() {
  generation++;
  stop();
  clearTimeout(saveTimer);
  history.replaceState(null, "", location.pathname + location.search);
  ui.notice.hidden = true;
  applyState(DEFAULTS);
  clearResults();
}

function clearResults() {
  ui.verdict.hidden = true;
  for (const name of SIDES) renderMessage(sides[name].results, "Press Run or Compare.");
  renderMessage(ui.chart, CHART_IDLE);
  setBusy(false, "");
}

async function copyLink() {
  history.replaceState(null, "", "#" + encodeState(currentState()));
  try {
    await navigator.clipboard.writeText(location.href);
    ui.status.textContent = "Link copied: it opens these scripts at this scale.";
  } catch {
    ui.status.textContent = "The address bar now holds a link to these scripts.";
  }
}

ui.compare.addEventListener("click", compare);
ui.stop.addEventListener("click", stop);
ui.reset.addEventListener("click", reset);
ui.share.addEventListener("click", copyLink);
ui.scale.addEventListener("change", saveState);
window.addEventListener("hashchange", loadHash);
clearResults();
