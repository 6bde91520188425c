// source-view: the example's source in CodeMirror 6, with a "Go" and a "C++"
// tab (the article's program and its port on the goro runtime). Read-only
// for now; the Go interpreter issue makes the Go tab an editor.
import { cpp } from '@codemirror/lang-cpp';
import { go } from '@codemirror/lang-go';
import { syntaxHighlighting } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, highlightActiveLineGutter, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

export type Tab = 'go' | 'cpp';

const base: Extension = [
  lineNumbers(),
  highlightActiveLineGutter(),
  syntaxHighlighting(classHighlighter), // tok-* classes, coloured by style.css for both themes
  EditorState.readOnly.of(true),
  EditorState.tabSize.of(4),
  EditorView.contentAttributes.of({ 'aria-label': 'Program source (read-only)' }),
];

export class SourceView {
  private readonly view: EditorView;
  private sources: Record<Tab, string> = { go: '', cpp: '' };
  private tab: Tab = 'go';

  constructor(
    parent: HTMLElement,
    private readonly tabs: Record<Tab, HTMLButtonElement>,
  ) {
    this.view = new EditorView({ parent, state: this.state() });
    for (const [name, button] of Object.entries(tabs) as [Tab, HTMLButtonElement][]) {
      button.addEventListener('click', () => this.select(name));
      button.addEventListener('keydown', (e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        const next: Tab = name === 'go' ? 'cpp' : 'go';
        this.select(next);
        this.tabs[next].focus();
        e.preventDefault();
      });
    }
  }

  show(sources: Record<Tab, string>): void {
    this.sources = sources;
    this.view.setState(this.state());
  }

  select(tab: Tab): void {
    this.tab = tab;
    for (const [name, button] of Object.entries(this.tabs) as [Tab, HTMLButtonElement][]) {
      button.setAttribute('aria-selected', String(name === tab));
      button.tabIndex = name === tab ? 0 : -1;
    }
    this.view.setState(this.state());
  }

  private state(): EditorState {
    return EditorState.create({ doc: this.sources[this.tab], extensions: [base, this.tab === 'go' ? go() : cpp()] });
  }
}
