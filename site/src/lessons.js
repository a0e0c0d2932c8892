// The lesson index (index.html) and a lesson page (lesson.html?lesson=slug),
// read from the lesson files the Go side renders (lessondata.js). A
// lesson's runnable blocks become editors that run in the page's lab
// (lessonblocks.js); each naive/optimized pair also gets a link that opens
// it in the playground.
import { h } from "./dom.js";
import { lab } from "./page.js";
import "./style.css";
import { encodeState } from "./share.js";
import { fetchLesson, fetchLessons } from "./lessondata.js";
import { hydrateBlocks } from "./lessonblocks.js";

const main = document.querySelector("main");

async function showIndex() {
  const list = await fetchLessons();
  const items = list.map((l) => h("li", {},
    h("a", { href: `lesson.html?lesson=${encodeURIComponent(l.slug)}` }, l.title),
    l.minutes ? h("small", {}, ` · ${l.minutes} min`) : null,
    l.summary ? h("p", {}, l.summary) : null));
  main.querySelector("#lessons").replaceChildren(...(items.length ? items : [h("li", {}, "No lessons yet.")]));
}

async function showLesson() {
  const slug = new URLSearchParams(location.search).get("lesson") ?? "";
  const article = main.querySelector("article");
  try {
    const lesson = await fetchLesson(slug);
    document.title = `${lesson.title} · ORM Lab`;
    article.innerHTML = lesson.html; // goldmark's output (engine/lesson): raw HTML in lessons is dropped
    hydrateBlocks(article, lesson, lab);
    linkPairs(article, lesson.blocks ?? []);
  } catch (error) {
    article.replaceChildren(h("p", { class: "message bad" }, `${error.message}. `, h("a", { href: "./" }, "See all lessons.")));
  }
}

// linkPairs adds "Compare in the playground" after each pair's optimized block.
function linkPairs(article, blocks) {
  for (const optimized of blocks.filter((b) => b.role === "optimized" && b.pair)) {
    const naive = blocks.find((b) => b.role === "naive" && b.pair === optimized.pair);
    const el = article.querySelector(`#lab-block-${optimized.index}`);
    if (!naive || !el) continue;
    const hash = encodeState({ naive: naive.code, optimized: optimized.code, scale: 1 });
    el.after(h("p", { class: "lab-open" }, h("a", { class: "button", href: `playground.html#${hash}` }, "Compare this pair in the playground →")));
  }
}

const show = document.body.dataset.page === "lesson" ? showLesson : showIndex;
show().catch((error) => {
  main.append(h("p", { class: "message bad" }, `The lessons could not be loaded: ${error.message}`));
});
