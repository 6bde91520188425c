// output-model: folds a run's records into what the output pane shows.
//
// Invariants:
// - entries are in the order their first byte was written (records arrive in
//   sequence order), so lines from different goroutines interleave exactly as
//   they happened;
// - a line is open until its newline arrives; each stream has at most one open
//   line, and bytes written to it by another goroutine join it (a terminal
//   would show them on that line too) and are listed in `writers`;
// - text is kept as text: the view inserts it with textContent, never as HTML.
import { isReport, parseReport, type Report } from './report.js';
import type { RunRecord, SourceError, Stream } from '../run/records.js';

export interface LineEntry {
  kind: 'line';
  g: number; // the goroutine that started the line
  writers: number[]; // every goroutine that wrote to it, in order
  stream: Stream;
  text: string; // without its newline
  t: number; // ns: when its first byte was written
  open: boolean;
}

export interface ReportEntry {
  kind: 'report';
  report: Report;
  text: string;
  t: number;
}

// A note from the runtime that is not a report (e.g. the time limit).
export interface NoteEntry {
  kind: 'note';
  text: string;
  t: number;
}

// The compile errors of a build that failed, as `go run` prints them.
export interface BuildEntry {
  kind: 'build';
  errors: SourceError[];
  lines: string[]; // "./prog.go:8:2: declared and not used: x", ..., "too many errors"
  t: number;
}

export type Entry = LineEntry | ReportEntry | NoteEntry | BuildEntry;

export interface GoroutineInfo {
  id: number;
  label: string; // "main.main", "main.worker"
  parent: number;
  site: string | null;
}

export class OutputModel {
  readonly entries: Entry[] = [];
  readonly goroutines = new Map<number, GoroutineInfo>();
  status: number | null = null;
  error: string | null = null;
  buildFailed = false; // the program did not compile: it never ran
  lastTime = 0;
  private readonly open = new Map<Stream, LineEntry>();

  // apply() takes the next record and returns the entries it added or changed.
  apply(rec: RunRecord): Entry[] {
    if ('t' in rec && typeof rec.t === 'number') this.lastTime = Math.max(this.lastTime, rec.t);
    switch (rec.type) {
      case 'go':
        this.goroutines.set(rec.child, { id: rec.child, label: rec.label ?? '', parent: rec.g, site: rec.site ?? null });
        return [];
      case 'output':
        return rec.g === 0 ? this.runtimeText(rec.data, rec.t) : this.write(rec.g, rec.stream, rec.data, rec.t);
      case 'build':
        if (rec.errors.length === 0 && rec.text === '') return [];
        this.buildFailed = true;
        return this.push({ kind: 'build', errors: rec.errors, lines: buildLines(rec.text, rec.errors), t: 0 });
      case 'end':
        this.status = rec.status;
        return this.closeAll();
      case 'error':
        this.error = rec.message;
        return [];
      default:
        return [];
    }
  }

  private write(g: number, stream: Stream, data: string, t: number): Entry[] {
    const changed: Entry[] = [];
    let rest = data;
    while (rest.length > 0) {
      const nl = rest.indexOf('\n');
      const piece = nl < 0 ? rest : rest.slice(0, nl);
      let line = this.open.get(stream);
      if (!line) {
        line = { kind: 'line', g, writers: [g], stream, text: '', t, open: true };
        this.entries.push(line);
        this.open.set(stream, line);
      } else if (!line.writers.includes(g)) {
        line.writers.push(g);
      }
      line.text += piece;
      if (nl >= 0) {
        line.open = false;
        this.open.delete(stream);
      }
      if (!changed.includes(line)) changed.push(line);
      rest = nl < 0 ? '' : rest.slice(nl + 1);
    }
    return changed;
  }

  // The runtime writes whole reports in one record; a report ends any
  // unfinished line first, as on a terminal where it starts a fresh line.
  private runtimeText(text: string, t: number): Entry[] {
    const changed = this.closeAll();
    const entry: Entry = isReport(text)
      ? { kind: 'report', report: parseReport(text), text, t }
      : { kind: 'note', text: text.replace(/^\n+|\n+$/g, ''), t };
    this.entries.push(entry);
    return [...changed, entry];
  }

  private push(entry: Entry): Entry[] {
    this.entries.push(entry);
    return [entry];
  }

  private closeAll(): Entry[] {
    const changed: Entry[] = [];
    for (const line of this.open.values()) {
      line.open = false;
      changed.push(line);
    }
    this.open.clear();
    return changed;
  }
}

// buildLines() are the lines of `go run`'s error text (from the errors
// themselves if the text is missing).
function buildLines(text: string, errors: readonly SourceError[]): string[] {
  if (text.trim() === '') return errors.map((e) => `./prog.go:${e.line}:${e.col}: ${e.message}`);
  return text.replace(/\n+$/, '').split('\n');
}

// exitLine() is the Go playground's last line; after compile errors it
// says the build failed, as go.dev/play does.
export function exitLine(status: number, buildFailed = false): string {
  if (buildFailed) return 'Go build failed.';
  return status === 0 ? 'Program exited.' : `Program exited: status ${status}.`;
}

// formatTime() shows a clock time as the gutter does: +0s, +1.5s, +250ms.
export function formatTime(ns: number): string {
  if (ns === 0) return '+0s';
  if (ns < 1e6) return `+${(ns / 1e3).toFixed(0)}µs`;
  if (ns < 1e9) return `+${Number((ns / 1e6).toFixed(1))}ms`;
  return `+${Number((ns / 1e9).toFixed(3))}s`;
}
