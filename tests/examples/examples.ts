// examples: where the example programs and the goro binary are, and how to run one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { type Example, loadExample, type Run } from './outcome.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXAMPLES = join(ROOT, 'examples');
export const GORO = process.env.GORO_BIN ?? join(ROOT, 'build/bin/goro');

export const articles = JSON.parse(readFileSync(join(EXAMPLES, 'articles.json'), 'utf8')) as Record<string, unknown>;

// allExamples() loads every examples/<slug>/ that has an example.json.
export function allExamples(): Example[] {
  return readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES, d.name, 'example.json')))
    .map((d) => loadExample(join(EXAMPLES, d.name), articles))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

// goro() runs the CLI and returns what it did.
export function goro(args: string[], timeoutMs = 60_000): Run {
  const r = spawnSync(GORO, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { exit: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}
