#!/usr/bin/env node
// examples-table.mjs: the README's list of examples, made from examples/*/example.json.
//
//   node scripts/examples-table.mjs           print the table
//   node scripts/examples-table.mjs --write   put it into README.md between its markers
//
// A test (tests/examples/readme.test.ts) fails when README.md's copy is stale.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
export const BEGIN = '<!-- examples:begin (node scripts/examples-table.mjs --write) -->';
export const END = '<!-- examples:end -->';

export function examplesTable() {
  const dir = join(ROOT, 'examples');
  const articles = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8'));
  const examples = readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'example.json')))
    .map((d) => JSON.parse(readFileSync(join(dir, d, 'example.json'), 'utf8')));
  const out = [];
  for (const [key, a] of Object.entries(articles)) {
    const mine = examples.filter((e) => e.article === key).sort((x, y) => x.slug.localeCompare(y.slug));
    if (mine.length === 0) continue;
    const by = [a.author, a.date].filter(Boolean).join(', ');
    const title = a.url ? `[*${a.title}*](${a.url})` : `*${a.title}*`;
    out.push(`**${title}**${by ? ` — ${by}` : ''}`, '');
    out.push('| example | playground | what it shows |', '| --- | --- | --- |');
    for (const e of mine) {
      const link = e.playground_url ? `[${e.playground}](${e.playground_url})` : '';
      const teaches = e.teaches.replace(/\|/g, '\\|');
      out.push(`| \`${e.slug}\`${e.reconstruction ? ' (reconstructed)' : ''} | ${link} | ${teaches} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function readmeWithTable(readme) {
  const i = readme.indexOf(BEGIN);
  const j = readme.indexOf(END);
  if (i < 0 || j < i) throw new Error(`README.md lacks the markers ${BEGIN} ... ${END}`);
  return `${readme.slice(0, i + BEGIN.length)}\n${examplesTable()}${readme.slice(j)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--write')) {
    const path = join(ROOT, 'README.md');
    writeFileSync(path, readmeWithTable(readFileSync(path, 'utf8')));
  } else {
    process.stdout.write(examplesTable());
  }
}
