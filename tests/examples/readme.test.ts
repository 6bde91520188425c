// The README lists every example, generated from example.json (so it cannot drift).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from 'vitest';

import { readmeWithTable } from '../../scripts/examples-table.mjs';
import { ROOT } from './examples.js';

test('README.md lists the examples as example.json describes them', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme, 'run: node scripts/examples-table.mjs --write').toBe(readmeWithTable(readme));
});
