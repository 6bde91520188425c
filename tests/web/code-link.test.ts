// Share links: a program in the link's fragment, compressed, read back
// exactly, and a damaged or oversized one refused with a message.
import { deflateRawSync } from 'node:zlib';

import { describe, expect, test } from 'vitest';

import {
  CodeLinkError,
  codeParam,
  decodeCode,
  encodeCode,
  fromBase64Url,
  MAX_SOURCE_BYTES,
  toBase64Url,
  withCode,
} from '../../web/src/links/code-link.js';
import { HELLO_WORLD } from '../../web/src/source/hello.js';

const programs: [string, string][] = [
  ['hello, world (with 世界)', HELLO_WORLD],
  ['empty', ''],
  ['tabs, CRLF and a NUL', 'package main\r\n\nfunc main() {\n\tprintln("a\\tb", "\0")\n}\n'],
  ['astral runes', 'package main\n\n// 🦫 gopher 𝔤𝔬\nfunc main() { println("🦫") }\n'],
  ['a long program', Array.from({ length: 2000 }, (_, i) => `\tfmt.Println(${i}, "line ${i}")`).join('\n')],
];

describe('encodeCode / decodeCode', () => {
  test.each(programs)('%s round-trips exactly', async (_name, source) => {
    const encoded = await encodeCode(source);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(await decodeCode(encoded)).toBe(source);
  });

  test('the link is compressed: a long repetitive program takes far less than its size', async () => {
    const source = programs[4]![1];
    expect((await encodeCode(source)).length).toBeLessThan(source.length / 4);
  });

  test('it is plain deflate-raw, so other tools can read and write it', async () => {
    const encoded = toBase64Url(new Uint8Array(deflateRawSync(Buffer.from(HELLO_WORLD))));
    expect(await decodeCode(encoded)).toBe(HELLO_WORLD);
  });

  test.each([
    ['not base64url', 'abc$def', /not base64url/],
    ['cut to an impossible length', 'abcde', /not base64url/],
    ['not deflate data', toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff])), /damaged/],
  ] as const)('%s is refused with a message', async (_what, text, message) => {
    await expect(decodeCode(text)).rejects.toThrow(message);
    await expect(decodeCode(text)).rejects.toBeInstanceOf(CodeLinkError);
  });

  test('a truncated link is refused, not half-read', async () => {
    const encoded = await encodeCode(programs[4]![1]);
    await expect(decodeCode(encoded.slice(0, encoded.length >> 1))).rejects.toThrow(/damaged/);
  });

  test(`a link that inflates past ${MAX_SOURCE_BYTES >> 10} KiB is refused`, async () => {
    const bomb = toBase64Url(new Uint8Array(deflateRawSync(Buffer.alloc(MAX_SOURCE_BYTES + 1, 'a'))));
    expect(bomb.length).toBeLessThan(4096);
    await expect(decodeCode(bomb)).rejects.toThrow(/larger than 1024 KiB/);
  });

  test('invalid UTF-8 is refused', async () => {
    const encoded = toBase64Url(new Uint8Array(deflateRawSync(Buffer.from([0x70, 0xc3, 0x28]))));
    await expect(decodeCode(encoded)).rejects.toThrow(/not UTF-8/);
  });
});

describe('the fragment', () => {
  test.each([
    ['#code=abc', 'abc'],
    ['code=abc', 'abc'],
    ['#x=1&code=a-b_c', 'a-b_c'],
    ['#', null],
    ['', null],
    ['#other=1', null],
    ['#code=', null], // an empty parameter is no program at all
  ])('codeParam(%j) is %j', (hash, want) => {
    expect(codeParam(hash)).toBe(want);
  });

  test('withCode() puts the program in the fragment of the page, replacing any there', async () => {
    const encoded = await encodeCode(HELLO_WORLD);
    const url = withCode('https://goro.example/p/KCuD3QN2BfK?x=1#code=old', encoded);
    expect(url).toBe(`https://goro.example/p/KCuD3QN2BfK?x=1#code=${encoded}`);
    const back = codeParam(new URL(url).hash);
    expect(back).toBe(encoded);
    expect(await decodeCode(back!)).toBe(HELLO_WORLD);
  });
});

test('base64url: every byte value, every length', () => {
  for (let n = 0; n < 300; n += 7) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(Array.from(fromBase64Url(text))).toEqual(Array.from(bytes));
  }
});
