// Embed parameters: what an iframe's query string may ask for, and the snippet.
import { expect, test } from 'vitest';

import { EMBED_DEFAULTS, embedQuery, embedSnippet, parseEmbedParams } from '../../web/src/links/embed-params.js';

test('no query gives the defaults: procs 1, seed 1, virtual clock, Go tab, no autorun', () => {
  expect(parseEmbedParams('')).toEqual({ procs: 1, seed: 1, clock: 'virtual', speed: '1x', tab: 'go', autorun: false });
});

test('every parameter is read', () => {
  expect(parseEmbedParams('?procs=4&seed=99&clock=real&speed=4x&tab=cpp&autorun=1')).toEqual({
    procs: 4, seed: 99, clock: 'real', speed: '4x', tab: 'cpp', autorun: true,
  });
});

test.each(['?procs=0', '?procs=1.5', '?procs=x', '?procs=1000', '?seed=-1', '?seed=abc', '?clock=wall', '?tab=rust', '?speed=2x'])(
  '%s keeps the default',
  (q) => {
    expect(parseEmbedParams(q)).toEqual(EMBED_DEFAULTS);
  },
);

test('the query writes only what differs from the defaults and reads back the same', () => {
  expect(embedQuery({})).toBe('');
  expect(embedQuery(EMBED_DEFAULTS)).toBe('');
  const p = { ...EMBED_DEFAULTS, procs: 2, clock: 'real' as const, autorun: true };
  expect(embedQuery(p)).toBe('?procs=2&clock=real&autorun=1');
  expect(parseEmbedParams(embedQuery(p))).toEqual(p);
});

test('the snippet is an iframe with the address and a title, attributes escaped', () => {
  const s = embedSnippet('https://goro.example/embed/p/KCuD3QN2BfK?procs=2&clock=real', 'Say "hi" <now>');
  expect(s).toBe(
    '<iframe src="https://goro.example/embed/p/KCuD3QN2BfK?procs=2&amp;clock=real" title="goro: Say &quot;hi&quot; &lt;now>" width="100%" height="460" style="border:0" loading="lazy"></iframe>',
  );
});
