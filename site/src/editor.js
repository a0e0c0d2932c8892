// One Python editor: CodeMirror 6 with the Python mode, Ctrl/Cmd+Enter to
// run, a theme that follows the system's light/dark setting, and line
// marks for the report's links (a clicked query's line, an error's line).
import { basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { oneDark } from "@codemirror/theme-one-dark";
import { Compartment, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, keymap } from "@codemirror/view";

const darkQuery = window.matchMedia("(prefers-color-scheme: dark)");

// setMark replaces the marked lines: {line, kind} or null to clear.
const setMark = StateEffect.define();

// markField holds the line decorations; edits map them along and clear
// them, since a mark describes the code as it was run.
const markField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    if (tr.docChanged) return Decoration.none;
    for (const effect of tr.effects) {
      if (effect.is(setMark)) marks = markDecorations(tr.state.doc, effect.value);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

function markDecorations(doc, mark) {
  if (!mark || mark.line < 1 || mark.line > doc.lines) return Decoration.none;
  const line = doc.line(mark.line);
  return Decoration.set([Decoration.line({ class: `cm-mark-${mark.kind}` }).range(line.from)]);
}

/**
 * createEditor puts an editor in parent.
 * options: doc (initial code), label (accessible name), onRun() on
 * Ctrl/Cmd+Enter, onCompare() on Shift+Ctrl/Cmd+Enter, onChange(code)
 * after each edit.
 */
export function createEditor(parent, { doc, label, onRun, onCompare, onChange }) {
  const theme = new Compartment();
  const view = new EditorView({
    parent,
    doc,
    extensions: [
      keymap.of([
        { key: "Mod-Enter", preventDefault: true, run: () => (onRun?.(), true) },
        { key: "Shift-Mod-Enter", preventDefault: true, run: () => (onCompare?.(), true) },
      ]),
      basicSetup,
      python(),
      theme.of(darkQuery.matches ? oneDark : []),
      markField,
      EditorView.contentAttributes.of({ "aria-label": label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange?.(update.state.doc.toString());
      }),
    ],
  });
  darkQuery.addEventListener("change", (event) => {
    view.dispatch({ effects: theme.reconfigure(event.matches ? oneDark : []) });
  });
  return {
    view,
    get code() {
      return view.state.doc.toString();
    },
    set code(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    /** mark highlights a line ("query" or "error"); showLine also scrolls to it and puts the cursor there. */
    mark(line, kind) {
      // Clearing no mark would still update and measure the view.
      if (!line && view.state.field(markField).size === 0) return;
      view.dispatch({ effects: setMark.of(line ? { line, kind } : null) });
    },
    showLine(line, kind = "query") {
      if (line < 1 || line > view.state.doc.lines) return;
      const { from } = view.state.doc.line(line);
      view.dispatch({
        selection: { anchor: from },
        effects: [setMark.of({ line, kind }), EditorView.scrollIntoView(from, { y: "center" })],
      });
      view.focus();
    },
  };
}
