// reset: the transaction that returns the Go to its original. It is an
// edit of its own in the undo history, never merged with the typing just
// before it, so Ctrl+Z right after Reset brings the edits back; and it
// clears the compile errors shown for the edited code.
import { isolateHistory } from '@codemirror/commands';
import { setDiagnostics } from '@codemirror/lint';
import { EditorSelection, type EditorState, type TransactionSpec } from '@codemirror/state';

export function resetSpecs(state: EditorState, original: string): TransactionSpec[] {
  return [
    {
      changes: { from: 0, to: state.doc.length, insert: original },
      selection: EditorSelection.cursor(0),
      scrollIntoView: true,
      annotations: isolateHistory.of('full'),
    },
    setDiagnostics(state, []),
  ];
}
