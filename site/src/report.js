// Renders one run's report: counts and times, the error, N+1 findings with
// their fix, printed output, the SQL log with similar and duplicate groups
// highlighted, and the plan of each distinct query. Every script line
// mentioned is a button that shows the line in the editor (onLine).
import { h, ms, plural } from "./dom.js";
import { restarted } from "./lab.js";

// A run of more than RUN_SHOWN consecutive queries from one similar group
// shows its first RUN_SHOWN and folds the rest.
const RUN_SHOWN = 3;

/**
 * renderReport fills container with report. onLine(line, kind) is called
 * when a line link is clicked; kind is "query" or "error".
 */
export function renderReport(container, report, { onLine }) {
  const groups = groupIndex(report);
  const lineLink = (line, kind = "query") =>
    line > 0 ? h("button", { class: "line-link", type: "button", onclick: () => onLine(line, kind) }, `line ${line}`) : null;
  const parts = [
    stats(report.stats),
    report.error && errorBox(report.error, lineLink),
    findings(report.findings ?? [], lineLink),
    output(report.output),
    sqlLog(report.queries ?? [], groups, lineLink),
    plans(report.plans ?? []),
  ];
  container.replaceChildren(...parts.filter(Boolean));
}

/** renderMessage shows a state instead of a report: running, stopped, failed. */
export function renderMessage(container, text, kind = "info") {
  container.replaceChildren(h("p", { class: `message ${kind}` }, text));
}

/**
 * failureText says why a call brought no report (a LabError): stopped,
 * the engine died or hung and was restarted (its message says so and what
 * to do), or it failed.
 */
export function failureText(error) {
  if (error.type === "Stopped") return "Stopped.";
  if (restarted(error)) return error.message;
  return `The engine failed: ${error.message}`;
}

function stats(s = {}) {
  const stat = (key, value, label) => h("div", { class: "stat" }, h("b", { "data-stat": key }, value), h("span", {}, label));
  return h("div", { class: "stats" },
    stat("queries", String(s.queries ?? 0), s.queries === 1 ? "query" : "queries"),
    stat("sql-time", ms(s.sql_time_ms), "SQL time"),
    stat("wall-time", ms(s.wall_ms), "wall time"));
}

function errorBox(error, lineLink) {
  return h("div", { class: "error-box", role: "alert", "data-error": error.type },
    h("b", {}, error.type), ": ", error.message, " ", lineLink(error.line, "error"));
}

// FINDING_TITLES name the report's finding kinds (engine/report/types.go).
const FINDING_TITLES = {
  n_plus_one: "N+1 queries",
  deferred_field: "Deferred field read on every row",
  unused_eager_load: "Eager load never used",
  unread_columns: "Columns fetched but never read",
  duplicate_query: "The same query sent again",
};

function findings(list, lineLink) {
  if (list.length === 0) return null;
  return h("section", { class: "findings" },
    list.map((f) => h("div", { class: "finding", "data-kind": f.kind },
      h("p", {}, h("b", {}, FINDING_TITLES[f.kind] ?? f.kind.replaceAll("_", " ")), " ", lineLink(f.line)),
      h("p", {}, f.message),
      f.fix && h("p", { class: "fix" }, "Fix: ", h("code", {}, f.fix)))));
}

function output(text = "") {
  const lines = text === "" ? 0 : text.replace(/\n$/, "").split("\n").length;
  return h("details", { class: "output", open: true },
    h("summary", {}, "Output ", h("small", {}, plural(lines, "line"))),
    h("pre", { "data-output": "" }, text === "" ? h("i", {}, "(nothing printed)") : text));
}

// groupIndex maps each query index to its similar and duplicate group,
// numbering the similar groups for their colours.
function groupIndex(report) {
  const similar = new Map();
  const duplicate = new Map();
  let colour = 0;
  for (const g of report.groups ?? []) {
    const entry = { group: g, colour: g.kind === "similar" ? colour++ % 6 : 0 };
    for (const q of g.queries) (g.kind === "similar" ? similar : duplicate).set(q, entry);
  }
  return { similar, duplicate };
}

function sqlLog(queries, groups, lineLink) {
  const summary = h("summary", {}, "SQL log ", h("small", {}, plural(queries.length, "query", "queries")));
  const list = h("ol", { class: "sql-log" });
  for (let i = 0; i < queries.length; ) {
    const run = runLength(queries, i, groups.similar);
    const item = (q) => queryItem(q, groups, lineLink);
    list.append(...queries.slice(i, i + Math.min(run, RUN_SHOWN)).map(item));
    if (run > RUN_SHOWN) list.append(folded(queries.slice(i + RUN_SHOWN, i + run), item));
    i += run;
  }
  return h("details", { class: "sql", open: true }, summary, list);
}

// runLength counts the consecutive queries from i in i's similar group.
function runLength(queries, i, similar) {
  const group = similar.get(queries[i].index)?.group;
  let n = 1;
  while (group && i + n < queries.length && similar.get(queries[i + n].index)?.group === group) n++;
  return n;
}

// folded holds a long run of similar queries, rendered when first opened.
function folded(rest, item) {
  const list = h("ol", { class: "sql-log" });
  const details = h("details", { class: "more" },
    h("summary", {}, `… ${plural(rest.length, "more similar query", "more similar queries")}`), list);
  details.addEventListener("toggle", () => {
    if (details.open && !list.childElementCount) list.append(...rest.map(item));
  });
  return h("li", { class: "folded" }, details);
}

function queryItem(q, groups, lineLink) {
  const similar = groups.similar.get(q.index);
  const duplicate = groups.duplicate.get(q.index);
  const cls = ["q", similar && `similar g${similar.colour}`, duplicate && "duplicate"].filter(Boolean).join(" ");
  return h("li", { class: cls, value: q.index + 1, "data-index": q.index },
    h("code", { class: "q-sql" }, q.sql),
    h("div", { class: "q-meta" },
      similar && h("span", { class: `badge similar g${similar.colour}`, title: "same SQL with different parameters" },
        `similar ×${similar.group.queries.length}`),
      duplicate && h("span", { class: "badge duplicate", title: "same SQL and the same parameters" },
        `duplicate ×${duplicate.group.queries.length}`),
      h("span", {}, ms(q.time_ms)),
      h("span", {}, plural(q.rows ?? 0, "row")),
      q.error && h("span", { class: "q-error" }, q.error),
      lineLink(q.line)));
}

function plans(list) {
  if (list.length === 0) return null;
  return h("details", { class: "plans" },
    h("summary", {}, "Query plans ", h("small", {}, plural(list.length, "distinct query", "distinct queries"))),
    list.map((p) => h("div", { class: "plan" },
      h("code", { class: "q-sql" }, p.sql || p.template),
      h("small", {}, `used by ${plural(p.queries?.length ?? 0, "query", "queries")}`),
      h("pre", {}, p.error ? `could not explain: ${p.error}` : p.text))));
}

/**
 * renderVerdict says how a compare came out: whether the outputs match
 * and how the query counts differ.
 */
export function renderVerdict(el, result) {
  const { naive, optimized } = result;
  const counts = `${plural(naive.stats?.queries ?? 0, "query", "queries")} → ${plural(optimized.stats?.queries ?? 0, "query", "queries")}`;
  let kind = "ok";
  let text = `Outputs match ✓ — ${counts}`;
  if (naive.error || optimized.error) {
    kind = "bad";
    const who = naive.error && optimized.error ? "Both scripts" : naive.error ? "The naive script" : "The optimized script";
    text = `${who} raised an error, so the outputs are not compared.`;
  } else if (!result.same_output) {
    kind = "bad";
    text = `Outputs differ ✗ — ${firstDifference(naive.output, optimized.output)} (${counts})`;
  }
  el.hidden = false;
  el.className = `verdict ${kind}`;
  el.dataset.same = String(Boolean(result.same_output));
  el.textContent = text;
}

function firstDifference(a = "", b = "") {
  const left = a.split("\n");
  const right = b.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `first at output line ${i + 1}: ${JSON.stringify(left[i] ?? "")} vs ${JSON.stringify(right[i] ?? "")}`;
    }
  }
  return "they differ";
}
