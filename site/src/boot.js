// The first script of every page: it only starts the page's lab (page.js),
// so that the engine's download begins before the browser has parsed the
// page's own, much larger bundle.
import "./page.js";
