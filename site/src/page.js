// What every page shares: the lab, exposed as window.ormlab, and the
// engine's download progress bar in the header. The lab starts when this
// module is evaluated, and the pages evaluate it first, through the small
// boot.js entry ahead of their own bundle: the engine then downloads and
// compiles while the browser is still parsing the editor's code.
import { createLab, restarted } from "./lab.js";

/** lab is the page's lab. */
export const lab = createLab();
window.ormlab = lab;
bindLoadBar(lab, document.getElementById("load"));

function bindLoadBar(lab, el) {
  if (!el) return;
  const bar = el.querySelector("progress");
  const label = el.querySelector("span");
  lab.on((event) => {
    if (event.kind === "progress") {
      el.hidden = false;
      el.classList.remove("failed");
      bar.max = event.total || 1;
      bar.value = event.loaded;
      label.textContent = !event.total ? "Loading the engine…"
        : event.loaded >= event.total ? "Starting the engine…"
        : `Loading the engine… ${Math.floor((100 * event.loaded) / event.total)}%`;
    } else if (event.kind === "ready") {
      el.hidden = true;
    } else if (event.kind === "error" && event.id === null && event.error.type !== "Stopped") {
      el.hidden = false;
      el.classList.add("failed");
      label.textContent = restarted(event.error) ? event.error.message
        : `The engine stopped: ${event.error.message}. It restarts on the next run.`;
    }
  });
}
