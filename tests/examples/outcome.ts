// outcome: loading and checking example.json; the matcher itself is
// web/src/examples/outcome.ts, shared with the playground, which names the outcome
// of each run.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import type { LinePattern, Outcome } from '../../web/src/examples/outcome.js';

export * from '../../web/src/examples/outcome.js';

export interface Example {
  slug: string;
  title: string;
  article: string;
  section?: string;
  playground: string | null;
  playground_url: string | null;
  teaches: string;
  completed: string | null;
  reconstruction: string | null;
  notes: string[];
  outcomes: Outcome[];
}

// loadExample() reads and checks an examples/<slug>/example.json.
export function loadExample(dir: string, articles: Record<string, unknown>): Example {
  const ex = JSON.parse(readFileSync(`${dir}/example.json`, 'utf8')) as Example;
  const problems: string[] = [];
  const need = (cond: boolean, what: string) => {
    if (!cond) problems.push(what);
  };
  need(ex.slug === basename(dir), `slug "${ex.slug}" is not the directory name`);
  need(typeof ex.title === 'string' && ex.title.length > 0, 'title missing');
  need(ex.article in articles, `article "${ex.article}" is not in articles.json`);
  need(typeof ex.teaches === 'string' && ex.teaches.length > 0, 'teaches missing');
  need(ex.playground === null || /^[A-Za-z0-9_-]+$/.test(ex.playground), 'playground id malformed');
  need((ex.playground === null) === (ex.playground_url === null), 'playground and playground_url go together');
  need(ex.completed === null || typeof ex.completed === 'string', 'completed must be a string or null');
  need(ex.reconstruction === null || typeof ex.reconstruction === 'string', 'reconstruction must be a string or null');
  need(Array.isArray(ex.notes), 'notes must be a list');
  need(Array.isArray(ex.outcomes) && ex.outcomes.length > 0, 'outcomes missing');
  const names = new Set<string>();
  for (const o of ex.outcomes ?? []) {
    need(typeof o.name === 'string' && !names.has(o.name), `outcome name "${o.name}" missing or repeated`);
    names.add(o.name);
    need(Number.isInteger(o.exit), `outcome "${o.name}": exit must be an integer`);
    need(Array.isArray(o.stdout), `outcome "${o.name}": stdout must be a list of line patterns`);
    need(o.goroutines === undefined || o.report !== undefined, `outcome "${o.name}": goroutines without a report`);
  }
  if (problems.length) throw new Error(`${dir}/example.json: ${problems.join('; ')}`);
  return ex;
}

// deterministic(): one outcome whose output patterns are all exact lines.
export function deterministic(ex: Example): boolean {
  const exact = (ps: LinePattern[] | undefined) => (ps ?? []).every((p) => typeof p === 'string');
  return ex.outcomes.length === 1 && ex.outcomes.every((o) => exact(o.stdout) && exact(o.stderr));
}
