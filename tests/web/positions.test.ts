// Compile-error positions (1-based line, UTF-8 byte column, as Go reports
// them) placed on the editor's document (UTF-16 offsets).
import { describe, expect, test } from 'vitest';

import { errorPosition, errorRanges, offsetOf } from '../../web/src/source/positions.js';

const doc = [
  'package main', // line 1
  '',
  'func main() {', // line 3
  '\tx := "世界"; y := 1', // line 4: a tab is one byte, 世 and 界 three each
  '\t_ = "🦫" + z', // line 5: the gopher is four bytes, two UTF-16 units
  '}',
].join('\n');
const lineStart = (n: number) => doc.split('\n').slice(0, n - 1).join('\n').length + (n > 1 ? 1 : 0);

describe('offsetOf', () => {
  test.each([
    ['line 1, col 1', 1, 1, 0],
    ['line 1, col 9 ("main")', 1, 9, 8],
    ['a tab is one column', 4, 2, lineStart(4) + 1],
    ['after "世界" (8 bytes, 3 code units)', 4, 2 + 8, lineStart(4) + 1 + 7],
    ['"y" after the multi-byte string', 4, Buffer.byteLength('\tx := "世界"; ') + 1, lineStart(4) + '\tx := "世界"; '.length],
    ['"z" after an astral rune', 5, Buffer.byteLength('\t_ = "🦫" + ') + 1, lineStart(5) + '\t_ = "🦫" + '.length],
    ['past the line end: the line end', 1, 99, 'package main'.length],
    ['an empty line', 2, 1, lineStart(2)],
    ['past the last line: the document end', 40, 1, doc.length],
    ['line 0: the start', 0, 5, 0],
  ])('%s', (_name, line, col, want) => {
    expect(offsetOf(doc, line, col)).toBe(want);
  });
});

describe('errorRanges', () => {
  test('an error on an identifier underlines the identifier', () => {
    const col = Buffer.byteLength('\tx := "世界"; ') + 1;
    const [r] = errorRanges(doc, [{ line: 4, col, message: 'declared and not used: y' }]);
    expect(doc.slice(r!.from, r!.to)).toBe('y');
    expect(r!.message).toBe('declared and not used: y');
  });

  test('on an operator or string: one character; at a line end: a point', () => {
    const ranges = errorRanges(doc, [
      { line: 4, col: 4, message: 'op' }, // ':' of ':='
      { line: 5, col: Buffer.byteLength('\t_ = ') + 1, message: 'str' },
      { line: 3, col: 14, message: 'syntax error: unexpected newline' },
    ]);
    expect(ranges.map((r) => doc.slice(r.from, r.to))).toEqual([':', '"', '']);
    expect(ranges[2]!.from).toBe(lineStart(3) + 'func main() {'.length);
  });

  test('an error in an identifier of letters from other scripts takes the whole word', () => {
    const d = 'var 变量 = 1';
    const [r] = errorRanges(d, [{ line: 1, col: 5, message: 'm' }]);
    expect(d.slice(r!.from, r!.to)).toBe('变量');
  });
});

test.each([
  ['./prog.go:8:2: declared and not used: x', { line: 8, col: 2 }],
  ['./prog.go:12:15: syntax error: unexpected newline, expected comma or )', { line: 12, col: 15 }],
  ['too many errors', null],
  ['', null],
])('errorPosition(%j)', (line, want) => {
  expect(errorPosition(line)).toEqual(want);
});
