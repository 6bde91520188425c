// positions: Go's compile-error positions as editor ranges. Go counts a
// column in UTF-8 bytes from the line's start (a tab is one, "世" is three);
// the editor counts UTF-16 code units from the document's start.
import type { SourceError } from '../run/records.js';

export interface ErrorRange {
  from: number;
  to: number; // == from: a point (e.g. "unexpected newline" at a line's end)
  message: string;
}

// lineStarts() are the offsets where each line of `doc` begins.
function lineStarts(doc: string): number[] {
  const starts = [0];
  for (let i = doc.indexOf('\n'); i >= 0; i = doc.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

// utf8Length() is how many bytes a UTF-16 code unit (or surrogate pair) takes.
function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 4 : 3;
}

// offsetOf() is the document offset of 1-based (line, byte column); a
// position past a line's end is its end, past the document's end the end.
export function offsetOf(doc: string, line: number, col: number, starts = lineStarts(doc)): number {
  if (line < 1) return 0;
  if (line > starts.length) return doc.length;
  const start = starts[line - 1]!;
  const end = line < starts.length ? starts[line]! - 1 : doc.length;
  let at = start;
  for (let bytes = 1; bytes < col && at < end; ) {
    const code = doc.charCodeAt(at);
    bytes += utf8Length(code);
    at += code >= 0xd800 && code < 0xdc00 ? 2 : 1;
  }
  return Math.min(at, end);
}

const WORD = /[\p{L}\p{N}_]+/uy;

// tokenEnd() is where the token at `from` ends: a whole identifier or
// number, else one character; nothing at a line's end.
function tokenEnd(doc: string, from: number): number {
  if (from >= doc.length || doc[from] === '\n') return from;
  WORD.lastIndex = from;
  if (WORD.test(doc)) return WORD.lastIndex;
  const code = doc.charCodeAt(from);
  return from + (code >= 0xd800 && code < 0xdc00 ? 2 : 1);
}

// errorRanges() places each error on the document: from its position to
// the end of the token there, so the editor underlines `x` in
// "declared and not used: x".
export function errorRanges(doc: string, errors: readonly SourceError[]): ErrorRange[] {
  const starts = lineStarts(doc);
  return errors.map((e) => {
    const from = offsetOf(doc, e.line, e.col, starts);
    return { from, to: tokenEnd(doc, from), message: e.message };
  });
}

// ERROR_LINE reads one line of `go run`'s error text: "./prog.go:8:2: message".
const ERROR_LINE = /^(.+?):(\d+):(\d+): /;

// errorPosition() is the position an error line names, or null for other
// lines ("too many errors").
export function errorPosition(line: string): { line: number; col: number } | null {
  const m = ERROR_LINE.exec(line);
  return m ? { line: Number(m[2]), col: Number(m[3]) } : null;
}
