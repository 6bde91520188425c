// Every example, run under several schedules, does only what its example.json
// says the program can do: its C++ port (--lang cpp) and its Go source run by
// goro's interpreter (--lang go) alike.
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

for (const lang of ['cpp', 'go']) {
  for (const ex of allExamples()) {
    suite(`${ex.slug} (${lang})`, () => {
      test.each(SCHEDULES.map((s) => [s.join(' ') || 'defaults', s] as const))('%s', (_name, flags) => {
        const args = ['example', ex.slug, '--lang', lang, ...flags];
        const run = goro(args);
        const outcome = classify(ex, run);
        expect(outcome, `goro ${args.join(' ')} is none of the declared outcomes:\n${describe(run)}`).not.toBeNull();
      });
    });
  }
}
