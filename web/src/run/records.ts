// The records a run delivers, one per JSON line from the playground module
// (engine/wasm/playground.cpp, which writes them with goro's JsonLinesSink),
// then one `end` record.

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
// need their fields, a later timeline will.
export interface EventRecord extends Base {
  type: 'run' | 'block' | 'unblock' | 'send' | 'recv' | 'close' | 'select' | 'sleep' | 'wake' | 'exit' | 'leak';
  [field: string]: unknown;
}

export interface EndRecord {
  type: 'end';
  status: number;
}

export interface ErrorRecord {
  type: 'error';
  message: string;
}

export type RunRecord = OutputRecord | GoRecord | ReportRecord | EventRecord | EndRecord | ErrorRecord;

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
