// Why a Go program in the worker died, in a sentence a learner can act
// on. A Go program that hits a fatal runtime error (running out of memory
// above all) prints the reason on its standard error and exits, and its
// handler then returns nothing; the worker reads the reason from what was
// printed.

// STDERR_KEPT is how many characters of the programs' last output are
// kept: enough for the line that names the fatal error.
const STDERR_KEPT = 4096;
let tail = "";

/**
 * watchStderr keeps the tail of what the Go programs print, by wrapping
 * the fs.writeSync that Go's wasm_exec.js defines (and still calling it,
 * so the output reaches the console as before).
 */
export function watchStderr() {
  const fs = globalThis.fs;
  const write = fs.writeSync.bind(fs);
  const decoder = new TextDecoder();
  fs.writeSync = (fd, buf) => {
    tail = (tail + decoder.decode(buf)).slice(-STDERR_KEPT);
    return write(fd, buf);
  };
}

/**
 * deathError is the error of a program that died: thrown is what its
 * handler threw, if it threw rather than returning nothing.
 */
export function deathError(thrown) {
  const said = `${tail}\n${thrown?.message ?? ""}`;
  tail = "";
  if (/out of memory|Array buffer allocation failed/i.test(said)) {
    return {
      type: "EngineCrashed",
      message: "The engine ran out of memory and was restarted. Make the script hold less data at once (shorter lists and strings, fewer rows) and run it again.",
    };
  }
  const reason = said.match(/^(?:fatal error|panic): .*$/m)?.[0] ?? (thrown ? `${thrown.name ?? "Error"}: ${thrown.message ?? thrown}` : "it gave no answer");
  return {
    type: "EngineCrashed",
    message: `The engine stopped (${reason}) and was restarted. Run the script again; if it stops the engine again, please report it with the script.`,
  };
}
