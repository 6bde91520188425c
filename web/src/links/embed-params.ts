// embed-params: what an embedding page can ask for in the iframe's query
// string, and the snippet the Embed button offers.
//
//   <iframe src="https://goro.example/embed/p/KCuD3QN2BfK?procs=2&clock=real&tab=cpp&autorun=1">
import type { Clock } from '../run/protocol.js';
import type { Speed } from '../output/replay.js';
import { SPEEDS } from '../output/replay.js';

export interface EmbedParams {
  procs: number;
  seed: number;
  clock: Clock;
  speed: Speed;
  tab: 'go' | 'cpp';
  autorun: boolean;
}

export const EMBED_DEFAULTS: EmbedParams = { procs: 1, seed: 1, clock: 'virtual', speed: '1x', tab: 'go', autorun: false };

// parseEmbedParams() reads a query string; anything invalid keeps its default.
export function parseEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const p = { ...EMBED_DEFAULTS };
  const procs = Number(q.get('procs'));
  if (Number.isInteger(procs) && procs >= 1 && procs <= 64) p.procs = procs;
  const seed = Number(q.get('seed'));
  if (q.has('seed') && Number.isSafeInteger(seed) && seed >= 0) p.seed = seed;
  const clock = q.get('clock');
  if (clock === 'virtual' || clock === 'real') p.clock = clock;
  const speed = q.get('speed');
  if (speed && (SPEEDS as readonly string[]).includes(speed)) p.speed = speed as Speed;
  const tab = q.get('tab');
  if (tab === 'go' || tab === 'cpp') p.tab = tab;
  const autorun = q.get('autorun');
  p.autorun = autorun === '1' || autorun === 'true';
  return p;
}

// embedQuery() writes the parameters that differ from the defaults.
export function embedQuery(p: Partial<EmbedParams>): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(EMBED_DEFAULTS) as (keyof EmbedParams)[]) {
    const v = p[key];
    if (v === undefined || v === EMBED_DEFAULTS[key]) continue;
    q.set(key, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// embedSnippet() is the HTML a blog post pastes.
export function embedSnippet(src: string, title: string, height = 460): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`goro: ${title}`)}" ` +
    `width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`
  );
}
