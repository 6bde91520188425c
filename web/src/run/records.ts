// The records a run delivers, one per JSON line from the playground module
// (engine/wasm/playground.cpp, which writes them with goro's JsonLinesSink),
// then one `end` record. A run of Go source (the interpreter) starts with one
// `build` record: the compile errors, if any; a failed build ends there, with
// `end` status 2 as `go run` exits.

export type Stream = 'stdout' | 'stderr';

interface Base {
  seq: number;
  t: number; // clock time since the run started, ns (virtual or real)
  g: number; // the goroutine it is about (0: the runtime itself)
}

export interface OutputRecord extends Base {
  type: 'output';
  stream: Stream;
  data: string;
}

export interface GoRecord extends Base {
  type: 'go';
  child: number;
  label?: string;
  site?: string;
}

export interface ReportRecord extends Base {
  type: 'deadlock' | 'panic';
  text: string;
}

// The other runtime events (run, block, send, ...): the output pane does not
// need them, and the page asks for `go` records only (RunOptions.events); a
// later timeline will ask for them all.
export interface EventRecord extends Base {
  type: 'run' | 'block' | 'unblock' | 'send' | 'recv' | 'close' | 'select' | 'sleep' | 'wake' | 'exit' | 'leak';
  [field: string]: unknown;
}

// SourceError is one compile error at a 1-based line and column; the column
// counts UTF-8 bytes from the line's start, as Go's compiler does.
export interface SourceError {
  line: number;
  col: number;
  message: string; // Go's wording, without the position
}

export interface BuildRecord {
  type: 'build';
  errors: SourceError[]; // in position order, at most Go's first 10; empty when the build succeeded
  // text is what `go run` prints for them: "./prog.go:8:2: declared and not
  // used: x" lines, then "too many errors" when there were more than 10.
  text: string;
}

export interface EndRecord {
  type: 'end';
  status: number;
  // t: the clock time of the run's last event or output (ns), so the replay
  // knows how long the run took on its clock even when the page took none
  // of its last events (it asks only for `go` ones); 0 after a failed
  // build, absent when the run failed with an error record.
  t?: number;
}

export interface ErrorRecord {
  type: 'error';
  message: string;
}

export type RunRecord = OutputRecord | GoRecord | ReportRecord | EventRecord | BuildRecord | EndRecord | ErrorRecord;

// parseRecord() reads one JSON line; anything unreadable becomes an error record.
export function parseRecord(line: string): RunRecord {
  try {
    const rec = JSON.parse(line) as unknown;
    if (rec && typeof rec === 'object' && typeof (rec as { type?: unknown }).type === 'string') return rec as RunRecord;
  } catch {
    // fall through
  }
  return { type: 'error', message: `unreadable record from the runtime: ${line.slice(0, 80)}` };
}
