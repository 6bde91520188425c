// Reset: back to the original in one undoable step, even right after typing.
import { history, redo, undo } from '@codemirror/commands';
import { diagnosticCount, setDiagnostics } from '@codemirror/lint';
import { EditorState, type Transaction } from '@codemirror/state';
import { expect, test } from 'vitest';

import { resetSpecs } from '../../web/src/source/reset.js';

const ORIGINAL = 'package main\n\nfunc main() {}\n';

function run(state: EditorState, command: typeof undo): EditorState {
  let next = state;
  command({ state, dispatch: (tr: Transaction) => (next = tr.state) });
  return next;
}

test('Reset right after typing is its own undo step; redo resets again', () => {
  let state = EditorState.create({ doc: ORIGINAL, extensions: [history()] });
  state = state.update({ changes: { from: ORIGINAL.length - 3, insert: 'x := 1' }, userEvent: 'input.type' }).state;
  const edited = state.doc.toString();
  state = state.update(...resetSpecs(state, ORIGINAL)).state; // the same moment: no delay to split them
  expect(state.doc.toString()).toBe(ORIGINAL);
  expect(state.selection.main.head).toBe(0);
  state = run(state, undo);
  expect(state.doc.toString()).toBe(edited);
  state = run(state, redo);
  expect(state.doc.toString()).toBe(ORIGINAL);
});

test('Reset clears the compile errors shown', () => {
  let state = EditorState.create({ doc: 'package main\nx\n', extensions: [history()] });
  state = state.update(setDiagnostics(state, [{ from: 13, to: 14, severity: 'error', message: 'undefined: x' }])).state;
  expect(diagnosticCount(state)).toBe(1);
  state = state.update(...resetSpecs(state, ORIGINAL)).state;
  expect(diagnosticCount(state)).toBe(0);
});
