// source-view: the program's source in CodeMirror 6, with a "Go" and a "C++"
// tab. The Go tab is an editor: the reader's edits run in the Go interpreter,
// and compile errors are underlined where Go puts them. The C++ tab is the
// example's port on the goro runtime, read-only; once the Go is edited it
// says that it shows the original program.
//
// Invariants: each tab keeps its own EditorState, so the Go tab's edits and
// undo history survive a look at the C++; `sources.go` is what Reset returns
// the Go to, and `edited` compares against it.
import { cpp } from '@codemirror/lang-cpp';
import { go } from '@codemirror/lang-go';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorSelection, EditorState, type Extension, type TransactionSpec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

import type { SourceError } from '../run/records.js';
import { errorRanges, offsetOf } from './positions.js';
import { resetSpecs } from './reset.js';

export type Tab = 'go' | 'cpp';

export interface Sources {
  go: string; // what Reset returns to: the article's program, or a new program's
  cpp: string | null; // the C++ port; null when the program has none
}

// The editor's colours come from style.css's variables, so it follows the
// page's light or dark theme (CodeMirror's defaults suit a light page only).
const colours = EditorView.theme({
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'var(--selection)',
  },
  '.cm-activeLine': { backgroundColor: 'rgba(127, 127, 127, 0.08)' },
  '.cm-activeLineGutter': { backgroundColor: 'rgba(127, 127, 127, 0.15)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'rgba(127, 127, 127, 0.3)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--fg)', border: '1px solid var(--border)' },
  '.cm-tooltip-lint': { fontFamily: 'system-ui, sans-serif' },
});

const common: Extension = [
  colours,
  lineNumbers(),
  highlightActiveLineGutter(),
  syntaxHighlighting(classHighlighter), // tok-* classes, coloured by style.css for both themes
  EditorState.tabSize.of(4),
];

// Ctrl/Cmd+Enter is the page's Run shortcut (dom.ts, on the document): the
// editor must not also insert a line for it.
const runKey = keymap.of([{ key: 'Mod-Enter', run: () => true }]);

function goEditor(onChange: () => void): Extension {
  return [
    common,
    go(),
    indentUnit.of('\t'), // gofmt's indentation
    history(),
    drawSelection(),
    highlightActiveLine(),
    bracketMatching(),
    indentOnInput(),
    lintGutter(),
    runKey,
    // Tab indents, as in go.dev/play; Escape then Tab leaves the editor.
    keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
    EditorView.contentAttributes.of({ 'aria-label': 'Go program (editable)' }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) onChange();
    }),
  ];
}

const cppViewer: Extension = [
  common,
  cpp(),
  EditorState.readOnly.of(true),
  EditorView.contentAttributes.of({ 'aria-label': 'C++ port (read-only)' }),
];

export class SourceView {
  private readonly view: EditorView;
  private sources: Sources = { go: '', cpp: null };
  private states: Record<Tab, EditorState>;
  private tab: Tab = 'go';
  // onChange: the Go text changed (by typing, Reset or show()).
  onChange: (() => void) | null = null;

  constructor(
    parent: HTMLElement,
    private readonly tabs: Record<Tab, HTMLButtonElement>,
    private readonly cppNote: HTMLElement | null = null,
  ) {
    this.states = { go: this.goState(''), cpp: this.cppState('') };
    this.view = new EditorView({ parent, state: this.states.go });
    for (const [name, button] of Object.entries(tabs) as [Tab, HTMLButtonElement][]) {
      button.addEventListener('click', () => this.select(name));
      button.addEventListener('keydown', (e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        const next: Tab = name === 'go' ? 'cpp' : 'go';
        if (this.tabs[next].hidden) return;
        this.select(next);
        this.tabs[next].focus();
        e.preventDefault();
      });
    }
  }

  // show() puts a program on the page: its original sources, and the Go to
  // start from (shared code, or a draft's state with its undo history).
  show(sources: Sources, start: { code?: string; state?: EditorState } = {}): void {
    this.sources = sources;
    this.states = {
      go: start.state ?? this.goState(start.code ?? sources.go),
      cpp: this.cppState(sources.cpp ?? ''),
    };
    this.tabs.cpp.hidden = sources.cpp === null;
    this.activate(this.tab);
    this.onChange?.();
  }

  // goEditorState is the Go tab's state now (to keep as a draft).
  get goEditorState(): EditorState {
    return this.tab === 'go' ? this.view.state : this.states.go;
  }

  get code(): string {
    return this.goEditorState.doc.toString();
  }

  get edited(): boolean {
    return this.code !== this.sources.go;
  }

  // reset() returns the Go to the original (reset.ts): Ctrl+Z brings the edits back.
  reset(): void {
    this.updateGo(resetSpecs(this.goEditorState, this.sources.go));
  }

  // showErrors() underlines each compile error at its position, its message on hover.
  showErrors(errors: readonly SourceError[]): void {
    const state = this.goEditorState;
    const diagnostics: Diagnostic[] = errorRanges(state.doc.toString(), errors).map((r) => ({
      from: r.from,
      to: r.to,
      severity: 'error',
      source: 'go build',
      message: r.message,
    }));
    this.updateGo([setDiagnostics(state, diagnostics)]);
  }

  // reveal() shows the Go tab with the cursor at 1-based (line, byte column).
  reveal(line: number, col: number): void {
    this.select('go');
    const at = offsetOf(this.view.state.doc.toString(), line, col);
    this.view.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
    this.view.focus();
  }

  select(tab: Tab): void {
    this.states[this.tab] = this.view.state;
    this.activate(tab);
  }

  // activate() shows a tab's state (the one on screen must already be saved).
  private activate(tab: Tab): void {
    if (tab === 'cpp' && this.sources.cpp === null) tab = 'go';
    this.tab = tab;
    for (const [name, button] of Object.entries(this.tabs) as [Tab, HTMLButtonElement][]) {
      button.setAttribute('aria-selected', String(name === tab));
      button.tabIndex = name === tab ? 0 : -1;
    }
    this.view.setState(this.states[tab]);
    this.noteCpp();
  }

  // noteCpp() says, above the C++ tab's code, when it no longer matches the Go.
  private noteCpp(): void {
    if (this.cppNote) this.cppNote.hidden = !(this.tab === 'cpp' && this.edited);
  }

  // updateGo() applies a change to the Go tab, on screen or not.
  private updateGo(specs: TransactionSpec[]): void {
    if (this.tab === 'go') {
      this.view.dispatch(...specs);
      return;
    }
    const tr = this.states.go.update(...specs);
    this.states.go = tr.state;
    if (tr.docChanged) this.changed();
  }

  private goState(doc: string): EditorState {
    return EditorState.create({ doc, extensions: goEditor(() => this.changed()) });
  }

  private cppState(doc: string): EditorState {
    return EditorState.create({ doc, extensions: cppViewer });
  }

  private changed(): void {
    this.noteCpp();
    this.onChange?.();
  }
}
