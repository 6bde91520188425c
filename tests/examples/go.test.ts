// Differential test: each example's main.go, built with Go's playground clock
// (-tags faketime), does one of the things its example.json declares, so the
// outcomes the port is held to are Go's own; and at one thread the port's
// schedule is Go's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe as suite, expect, test } from 'vitest';

import { buildGoPlayground, type GoProgram } from '../../scripts/go-playground.mjs';
import { allExamples, EXAMPLES, goro } from './examples.js';
import { classify, describe, observe, type Run } from './outcome.js';

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

    // goro's scheduler at procs 1 follows Go's at GOMAXPROCS=1 (runnext,
    // FIFO, timer order), so a program that draws no random numbers prints
    // exactly what Go prints. (math/rand draws differ by design: goro seeds
    // from --seed, Go 1.19 from 1.)
    if (!/"math\/rand"/.test(readFileSync(join(EXAMPLES, ex.slug, 'main.go'), 'utf8'))) {
      // Go itself is not quite deterministic at GOMAXPROCS=1 (its background
      // threads can preempt main: first-sleep-before-go prints the worker's
      // line in about one run of seven), so goro must print what one of a
      // few Go runs prints.
      test('at procs 1 the port prints exactly what Go prints at GOMAXPROCS=1', () => {
        const got = goro(['example', ex.slug]);
        const key = (r: Run) => JSON.stringify([r.stdout, r.stderr === '' ? '' : observe(r).stderr, r.exit, observe(r).report]);
        const tried: Run[] = [];
        for (let i = 0; i < 6 && !tried.some((r) => key(r) === key(got)); i++) tried.push(prog.run({ procs: 1 }));
        expect(key(got), `goro:\n${describe(got)}\nGo:\n${describe(tried[0] ?? got)}`).toBe(key(tried.at(-1) ?? got));
      });
    }
  });
}
