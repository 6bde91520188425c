// output-view: draws the output model into the `role="log"` pane. Every
// piece of program output goes in through textContent, never as HTML.
import { exitLine, formatTime, type BuildEntry, type Entry, type LineEntry, type OutputModel, type ReportEntry } from './output-model.js';
import { errorPosition } from '../source/positions.js';

const PALETTE = 8;

// goroutineClass() gives each goroutine one of the palette's colours; main is
// always the first.
export function goroutineClass(g: number): string {
  return g === 0 ? 'g-rt' : `g-c${(g - 1) % PALETTE}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export class OutputView {
  private readonly nodes = new Map<Entry, HTMLElement>();
  // onErrorClick: a compile error's line was clicked; the page shows that place in the editor.
  onErrorClick: ((line: number, col: number) => void) | null = null;

  constructor(
    private readonly pane: HTMLElement,
    private readonly model: () => OutputModel,
  ) {}

  clear(message?: string): void {
    this.nodes.clear();
    this.pane.replaceChildren();
    if (message) this.pane.append(el('div', 'placeholder', message));
  }

  // show() draws (or redraws) entries the model added or changed. Whether
  // the pane follows the output is read once per frame, before the frame's
  // first change: reading it after each append would force a layout per line.
  show(entries: Entry[]): void {
    this.followOnce();
    for (const entry of entries) {
      const node = this.node(entry);
      const old = this.nodes.get(entry);
      if (old) old.replaceWith(node);
      else {
        this.pane.querySelector(':scope > .placeholder')?.remove();
        this.pane.append(node);
      }
      this.nodes.set(entry, node);
    }
  }

  private node(entry: Entry): HTMLElement {
    switch (entry.kind) {
      case 'line':
        return this.line(entry);
      case 'report':
        return this.report(entry);
      case 'build':
        return this.build(entry);
      case 'note':
        return el('div', 'note', entry.text);
    }
  }

  private follow: boolean | null = null;

  private followOnce(): void {
    if (this.follow !== null) return;
    const pane = this.pane;
    this.follow = pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 4;
    requestAnimationFrame(() => {
      if (this.follow) pane.scrollTop = pane.scrollHeight;
      this.follow = null;
    });
  }

  // end() writes the Go playground's last line (or the error that stopped the run).
  end(status: number | null, error: string | null, buildFailed = false): void {
    if (error) this.pane.append(el('div', 'note error', error));
    if (status !== null) this.pane.append(el('div', status === 0 && !buildFailed ? 'exit' : 'exit failed', exitLine(status, buildFailed)));
    this.followOnce();
  }

  note(text: string): void {
    this.followOnce();
    this.pane.append(el('div', 'note', text));
  }

  private gutter(g: number, writers: number[]): HTMLElement {
    const label = this.model().goroutines.get(g)?.label;
    const gutter = el('span', `gutter ${goroutineClass(g)}`, `g${g}`);
    gutter.title = `goroutine ${g}${label ? ` (${label})` : ''}${writers.length > 1 ? `; also written by ${writers.slice(1).map((w) => `g${w}`).join(', ')}` : ''}`;
    return gutter;
  }

  private line(entry: LineEntry): HTMLElement {
    const row = el('div', `line ${entry.stream}`);
    row.dataset['g'] = String(entry.g);
    row.append(this.gutter(entry.g, entry.writers), el('span', 'time', formatTime(entry.t)), el('span', 'text', entry.text));
    return row;
  }

  // build() lists the compile errors as `go run` prints them; each line that
  // names a position is a button that shows that place in the editor.
  private build(entry: BuildEntry): HTMLElement {
    const box = el('div', 'build-errors');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'Compile errors');
    for (const text of entry.lines) {
      const pos = errorPosition(text);
      if (!pos || !this.onErrorClick) {
        box.append(el('div', 'build-error', text));
        continue;
      }
      const button = el('button', 'build-error', text);
      button.type = 'button';
      button.title = `Show line ${pos.line}, column ${pos.col} in the editor`;
      button.addEventListener('click', () => this.onErrorClick?.(pos.line, pos.col));
      box.append(button);
    }
    return box;
  }

  private report(entry: ReportEntry): HTMLElement {
    const { report } = entry;
    const box = el('div', `report ${report.kind}`);
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', report.kind === 'panic' ? 'Panic report' : 'Fatal error report');
    const head = el('div', 'headline');
    report.headline.forEach((line, i) => head.append(el(i === 0 ? 'strong' : 'div', '', line)));
    box.append(head);
    for (const g of report.goroutines) {
      const block = el('div', `goroutine ${goroutineClass(g.id)}`);
      block.dataset['g'] = String(g.id);
      const header = el('div', 'header');
      header.append(el('span', `gutter ${goroutineClass(g.id)}`, `g${g.id}`), el('span', 'text', g.header));
      block.append(header, el('pre', 'frames', g.frames.join('\n')));
      box.append(block);
    }
    for (const line of report.trailer) box.append(el('div', 'trailer', line));
    return box;
  }
}
