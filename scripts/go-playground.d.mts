// Types for go-playground.mjs (the tests are strict TypeScript).
export interface PlaybackRecord {
  timeNs: bigint;
  text: string;
}
export interface GoRun {
  exit: number;
  stdout: string;
  stderr: string;
  records: { stdout: PlaybackRecord[]; stderr: PlaybackRecord[] };
}
export interface RunOptions {
  procs?: number;
  timeoutMs?: number;
}
export interface GoProgram {
  run(opts?: RunOptions): GoRun;
  dispose(): void;
}
export function decodePlayback(buf: Buffer): PlaybackRecord[];
export function buildGoPlayground(mainGo: string): GoProgram;
export function runGoPlayground(mainGo: string, opts?: RunOptions): GoRun;
