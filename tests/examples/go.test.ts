// Differential test: each example's main.go, built with Go's playground clock
// (-tags faketime), does one of the things its example.json declares, so the
// outcomes the port is held to are Go's own.
import { join } from 'node:path';

import { afterAll, beforeAll, describe as suite, expect, test } from 'vitest';

import { buildGoPlayground, type GoProgram } from '../../scripts/go-playground.mjs';
import { allExamples, EXAMPLES, goro } from './examples.js';
import { classify, describe } from './outcome.js';

for (const ex of allExamples()) {
  suite(ex.slug, () => {
    let prog: GoProgram;
    beforeAll(() => {
      prog = buildGoPlayground(join(EXAMPLES, ex.slug, 'main.go'));
    });
    afterAll(() => prog?.dispose());

    test.each([1, 2])('go with GOMAXPROCS=%i is a declared outcome', (procs) => {
      const run = prog.run({ procs });
      expect(classify(ex, run), `Go's outcome is none of the declared outcomes:\n${describe(run)}`).not.toBeNull();
    });
  });
}
