// The goro command line: listing, running by slug or playground id, exploring
// schedules, traces, and one-line errors with exit status 2 for bad input.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe as suite, expect, test } from 'vitest';

import { allExamples, goro } from './examples.js';
import { classify, lines } from './outcome.js';

const examples = allExamples();

suite('goro list', () => {
  test('lists every example with its playground id and title', () => {
    const run = goro(['list']);
    expect(run.exit).toBe(0);
    const rows = lines(run.stdout).map((l) => l.split(/ {2,}/));
    expect(rows.map((r) => r[0])).toEqual(examples.map((e) => e.slug));
    for (const ex of examples) {
      const row = rows.find((r) => r[0] === ex.slug);
      expect(row).toEqual([ex.slug, ex.playground ?? '-', ex.title]);
    }
  });
});

suite('goro example', () => {
  test.each(examples.filter((e) => e.playground !== null).map((e) => [e.playground, e] as const))(
    'runs %s by its playground id',
    (id, ex) => {
      const run = goro(['example', id ?? '']);
      expect(classify(ex, run)).not.toBeNull();
    },
  );

  test('show prints the files the example was built from', () => {
    const ex = examples[0];
    if (!ex) throw new Error('no examples');
    const dir = join(import.meta.dirname, '../../examples', ex.slug);
    for (const file of ['main.go', 'main.cpp', 'example.json'])
      expect(goro(['show', ex.slug, '--file', file]).stdout).toBe(readFileSync(join(dir, file), 'utf8'));
  });

  test('writes JSON Lines and Chrome traces', () => {
    const ex = examples.find((e) => e.outcomes.some((o) => o.exit === 0));
    if (!ex) throw new Error('no example exits 0');
    const dir = mkdtempSync(join(tmpdir(), 'goro-trace-'));
    const run = goro(['example', ex.slug, '--trace-json', join(dir, 't.jsonl'), '--trace-chrome', join(dir, 't.json')]);
    expect(classify(ex, run)).not.toBeNull();
    const events = lines(readFileSync(join(dir, 't.jsonl'), 'utf8')).map((l) => JSON.parse(l) as { type: string });
    expect(events.some((e) => e.type === 'go')).toBe(true);
    expect(events.filter((e) => e.type === 'output').length).toBeGreaterThan(0);
    const chrome = JSON.parse(readFileSync(join(dir, 't.json'), 'utf8')) as { traceEvents: unknown[] };
    expect(chrome.traceEvents.length).toBeGreaterThan(0);
  });

  test('--help documents every flag', () => {
    const run = goro(['example', '--help']);
    expect(run.exit).toBe(0);
    for (const flag of ['--lang', '--procs', '--seed', '--shuffle', '--clock', '--trace-json', '--trace-chrome', '--leaks'])
      expect(run.stdout).toContain(flag);
  });
});

suite('bad input is one line on stderr and exit status 2', () => {
  test.each([
    [['example', 'no-such-example'], /unknown example "no-such-example"/],
    [['example'], /name is required/],
    [['frobnicate'], /frobnicate/],
    [[], /subcommand/],
    [['example', 'x', '--procs', '0'], /--procs/],
    [['example', 'x', '--procs', 'many'], /--procs/],
    [['example', 'x', '--clock', 'wall'], /--clock/],
    [['example', 'x', '--bogus'], /--bogus/],
    [['explore', 'x', '--runs', '-3'], /--runs/],
    [['example', 'x', '--time-limit', 'soon'], /invalid duration "soon"|unknown example/],
  ])('goro %j', (args, message) => {
    const run = goro(args);
    expect(run.exit).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^goro: /);
    expect(run.stderr).toMatch(message);
  });

  test('an unknown --lang is refused', () => {
    const ex = examples[0];
    if (!ex) throw new Error('no examples');
    const run = goro(['example', ex.slug, '--lang', 'rust']);
    expect(run.exit).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
  });
});

suite('goro explore', () => {
  test('finds both the lost-lines and the panic outcome of closing in every worker (HOCBbJAhJiF)', () => {
    const ex = examples.find((e) => e.playground === 'HOCBbJAhJiF');
    if (!ex) throw new Error('no example for play.golang.org/p/HOCBbJAhJiF');
    const run = goro(['explore', ex.slug, '--runs', '200']);
    expect(run.exit).toBe(0);
    const statuses = [...run.stdout.matchAll(/^ +\d+ x {2}exit status (\d+)/gm)].map((m) => Number(m[1]));
    expect(statuses).toContain(0);
    expect(statuses).toContain(2);
    expect(run.stdout).toContain('panic: close of closed channel');
  });
});
