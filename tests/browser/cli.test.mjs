// The browser and the CLI are one engine: window.ormlab.compare must give
// the same report as `ormlab compare --json` for the same scripts, apart
// from times.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { binary, launch, startServer, watch } from "./harness.mjs";

const PAIRS = {
  "FK N+1": [
    "for book in Book.objects.all():\n    print(book.title, book.author.name)\n",
    'for book in Book.objects.select_related("author"):\n    print(book.title, book.author.name)\n',
  ],
  "reverse FK and M2M": [
    "for author in Author.objects.all()[:5]:\n    print(author.name, [b.title for b in author.book_set.all()])\n" +
      "for book in Book.objects.all()[:5]:\n    print(book.title, [g.name for g in book.genres.all()])\n",
    'for author in Author.objects.prefetch_related("book_set")[:5]:\n    print(author.name, [b.title for b in author.book_set.all()])\n' +
      'for book in Book.objects.prefetch_related("genres")[:5]:\n    print(book.title, [g.name for g in book.genres.all()])\n',
  ],
  // Raw SQL is grouped by pg_query's fingerprint, which the browser runs as
  // a separate program started on first use (site/src/pgquery.js).
  "raw SQL": [
    "cursor = connection.cursor()\nfor pk in [1, 2, 3]:\n" +
      '    cursor.execute("SELECT id, title FROM library_book WHERE id = %s", [pk])\n    print(cursor.fetchone())\n',
    "cursor = connection.cursor()\n" +
      'cursor.execute("SELECT id, title FROM library_book WHERE id IN (%s, %s, %s) ORDER BY id", [1, 2, 3])\n' +
      "for row in cursor.fetchall():\n    print(row)\n",
  ],
  "an error": ["print(Book.objects.get(pk=0))\n", "print(Book.objects.filter(pk=0).first())\n"],
};

let server, browser, context, page, problems;

before(async () => {
  server = await startServer();
  browser = await launch();
  context = await browser.newContext();
  problems = watch(context, new URL(server.url).origin);
  page = await context.newPage();
  await page.goto(server.url + "playground.html");
});
after(async () => {
  await browser?.close();
  server?.stop();
});

function cliCompare(naive, optimized, scale) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ormlab-"));
  const files = [["naive.py", naive], ["optimized.py", optimized]].map(([name, code]) => {
    fs.writeFileSync(path.join(dir, name), code);
    return path.join(dir, name);
  });
  return new Promise((resolve, reject) => {
    execFile(binary, ["compare", "--json", "--scale", String(scale), ...files], { maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      fs.rmSync(dir, { recursive: true });
      // Status 1 means a script raised: its report is still the answer.
      if (error && error.code !== 1) reject(new Error(`ormlab compare failed (${error.code}): ${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

// comparable drops what legitimately differs between two runs: timings.
function comparable(result) {
  const side = (r) => ({
    output: r.output,
    error: r.error,
    queries: (r.queries ?? []).map(({ time_ms, ...q }) => q),
    groups: (r.groups ?? []).map(({ time_ms, ...g }) => g),
    findings: r.findings,
    plans: r.plans,
    queryCount: r.stats.queries,
    scale: r.stats.scale,
  });
  return { naive: side(result.naive), optimized: side(result.optimized), same_output: result.same_output };
}

for (const [name, [naive, optimized]] of Object.entries(PAIRS)) {
  test(`window.ormlab.compare equals ormlab compare --json: ${name}`, async () => {
    const cli = await cliCompare(naive, optimized, 1);
    // Raw SQL goes first on a fresh page, so the worker loads pg_query
    // synchronously in the middle of the run instead of ahead of it.
    const on = name === "raw SQL" ? await context.newPage() : page;
    if (on !== page) await on.goto(server.url + "playground.html");
    const web = await on.evaluate(([n, o]) => window.ormlab.compare(n, o, { scale: 1 }), [naive, optimized]);
    assert.deepEqual(comparable(web), comparable(cli));
    if (name === "raw SQL") {
      const [group] = web.naive.groups;
      assert.deepEqual(group.queries, [0, 1, 2], "the three lookups form one group");
      assert.match(group.fingerprint ?? "", /^[0-9a-f]{16}$/, "grouped by a pg_query fingerprint");
    }
    assert.deepEqual(problems, []);
  });
}
