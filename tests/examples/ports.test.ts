// Every C++ port, run under several schedules, does only what its example.json
// says the program can do.
import { describe as suite, expect, test } from 'vitest';

import { allExamples, goro } from './examples.js';
import { classify, describe } from './outcome.js';

// The schedules each port is run under: procs 1 as the CLI defaults, other
// seeds, shuffled run orders, and two threads.
const SCHEDULES: string[][] = [
  [],
  ...[2, 3, 4].map((s) => ['--seed', String(s)]),
  ...[1, 2, 3, 4, 5, 6].map((s) => ['--shuffle', '--seed', String(s)]),
  ...[1, 2].map((s) => ['--procs', '2', '--seed', String(s)]),
  ['--procs', '2', '--shuffle', '--seed', '7'],
];

for (const ex of allExamples()) {
  suite(ex.slug, () => {
    test.each(SCHEDULES.map((s) => [s.join(' ') || 'defaults', s] as const))('%s', (_name, flags) => {
      const run = goro(['example', ex.slug, ...flags]);
      const outcome = classify(ex, run);
      expect(outcome, `goro example ${ex.slug} ${flags.join(' ')} is none of the declared outcomes:\n${describe(run)}`)
        .not.toBeNull();
    });
  });
}
